// Renders pages of the real WeChat build (dist/weapp) with miniprogram-simulate and WeChat's own
// template compiler (miniprogram-compiler). Taro's pages call Page(); here Page forwards to Component.
import fs from 'node:fs'
import path from 'node:path'
const simulate = require('miniprogram-simulate') as {
  load: (p: string, opts: { rootPath: string; compiler?: string }) => string
  render: (id: string) => SimComponent
  sleep: (ms: number) => Promise<void>
}

/** A node of a rendered page: its DOM, and WeChat-style events (`tap`). */
export interface SimNode {
  dom: HTMLElement
  dispatchEvent: (name: string) => void
}

export interface SimComponent {
  dom: HTMLElement
  attach: (parent: HTMLElement) => void
  instance: Record<string, unknown>
  /** The first node matching the selector, or undefined. */
  querySelector: (selector: string) => SimNode | undefined
}

export const rootPath = path.resolve(__dirname, '../../dist/weapp')

type Options = Record<string, unknown>
type Fn = (...args: unknown[]) => unknown

let appInstance: Options | undefined
let booted = false

export function bootApp(): void {
  if (booted) return
  if (!fs.existsSync(path.join(rootPath, 'app.js'))) {
    throw new Error('dist/weapp is missing: run `npm run build:weapp` first (npm test does it).')
  }
  const g = globalThis as unknown as Record<string, unknown>
  const pages: Options[] = []
  g.App = (options: Options) => {
    appInstance = options
    ;(options.onLaunch as Fn | undefined)?.call(options, { path: 'pages/home/index', query: {} })
    ;(options.onShow as Fn | undefined)?.call(options, {})
  }
  g.getApp = () => appInstance
  g.getCurrentPages = () => pages
  g.Page = (options: Options) => {
    const methods: Record<string, Fn> = {}
    for (const [key, value] of Object.entries(options)) if (typeof value === 'function') methods[key] = value as Fn
    return (g.Component as Fn)({
      data: options.data ?? {},
      methods,
      lifetimes: {
        attached(this: Options) {
          pages.push(this)
          ;(this.onLoad as Fn).call(this, {})
          ;(this.onShow as Fn | undefined)?.call(this)
        },
      },
    })
  }
  require(path.join(rootPath, 'app.js'))
  booted = true
}

export async function renderPage(page: string): Promise<SimComponent> {
  bootApp()
  const id = simulate.load(path.join(rootPath, page), { rootPath, compiler: 'official' })
  const comp = simulate.render(id)
  const parent = document.createElement('div')
  document.body.appendChild(parent)
  comp.attach(parent)
  await simulate.sleep(50)
  return comp
}

/**
 * Renders a component of the build (the custom tab bar). Taro hands Component() `behaviors: {}`, which WeChat
 * ignores but the simulator's j-component cannot map over: given as an empty list here.
 */
export async function renderComponent(component: string): Promise<SimComponent> {
  bootApp()
  const g = globalThis as unknown as Record<string, unknown>
  const register = g.Component as Fn
  g.Component = (def: Options) => register({ ...def, behaviors: Array.isArray(def.behaviors) ? def.behaviors : [] })
  try {
    return await renderPage(component)
  } finally {
    g.Component = register
  }
}

/** The page's text once it contains `expected`, or whatever it is after 2 s (the test then says what is missing). */
export async function textOnceShown(page: SimComponent, expected: string): Promise<string> {
  let text = page.dom.textContent ?? ''
  for (let i = 0; i < 40 && !text.includes(expected); i++) {
    await new Promise((r) => setTimeout(r, 50))
    text = page.dom.textContent ?? ''
  }
  return text
}

export function readAppJson(): {
  pages: string[]
  subPackages?: { root: string; pages: string[] }[]
  tabBar?: { list: { pagePath: string; text: string }[] }
} {
  return JSON.parse(fs.readFileSync(path.join(rootPath, 'app.json'), 'utf8'))
}
