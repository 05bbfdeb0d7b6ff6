// A WeChat runtime for the real WeChat build (dist/weapp): pages are rendered by miniprogram-simulate with
// WeChat's own template compiler (miniprogram-compiler); this file plays the WeChat client around them —
// the page stack and its navigation APIs, the privacy agreement, storage limits, setData sizes and
// deprecated APIs — by the rules in ./wechat-rules.ts. Journeys drive pages by their visible text.
import fs from 'node:fs'
import path from 'node:path'
import { WECHAT_RULES as RULES } from './wechat-rules'

const simulate = require('miniprogram-simulate') as {
  load: (p: string, opts: { rootPath: string; compiler?: string }) => string
  render: (id: string) => SimComponent
  sleep: (ms: number) => Promise<void>
}
// j-component's event system (the same module instance miniprogram-simulate renders with).
const exparser = require(require.resolve('miniprogram-exparser', { paths: [path.dirname(require.resolve('j-component'))] })) as {
  Event: { dispatchEvent: (target: unknown, event: unknown) => void; create: (name: string, detail: unknown, opts: unknown) => unknown }
}

/** A node of a rendered page: its DOM, and WeChat-style events (`tap`). */
export interface SimNode {
  dom: HTMLElement
  dispatchEvent: (name: string, options?: { detail?: unknown }) => void
}

export interface SimComponent {
  dom: HTMLElement
  attach: (parent: HTMLElement) => void
  detach: () => void
  instance: Record<string, unknown>
  /** The first node matching the selector, or undefined. */
  querySelector: (selector: string) => SimNode | undefined
}

/** The WeChat build under test (WEAPP_DIST: another build of it, e.g. the bench's variant). */
export const rootPath = path.resolve(__dirname, '../..', process.env.WEAPP_DIST ?? 'dist/weapp')

type Options = Record<string, unknown>
type Fn = (...args: unknown[]) => unknown
type Callbacks = { success?: Fn; fail?: Fn; complete?: Fn }

/** One page of the stack: the rendered component, its Page instance and its route. */
interface StackPage {
  route: string
  comp: SimComponent
  instance: Options
  container: HTMLElement
}

export interface Violation {
  rule: keyof typeof RULES
  message: string
}

/** What the simulated person picks in the album next time chooseMedia/chooseImage opens. */
export interface FakePhoto {
  tempFilePath: string
  size: number
  /** The file's first bytes; by default a JPEG or PNG signature after its extension (anything else: text). */
  bytes?: number[]
}

const SIGNATURES: Record<string, number[]> = { jpg: [0xff, 0xd8, 0xff, 0xe0], jpeg: [0xff, 0xd8, 0xff, 0xe0], png: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] }
const bytesOf = (p: FakePhoto) => p.bytes ?? SIGNATURES[p.tempFilePath.split('.').pop()?.toLowerCase() ?? ''] ?? [...Buffer.from('not a photo')]

const state = {
  stack: [] as StackPage[],
  violations: [] as Violation[],
  setDataBytes: [] as number[],
  storage: new Map<string, string>(),
  /** WeChat's own record of the privacy agreement. */
  privacyAgreed: false,
  /** The ids of rendered agreePrivacyAuthorization buttons the person tapped. */
  tappedAgreeButtons: new Set<string>(),
  privacyListener: undefined as undefined | ((resolve: (r: { event?: string; buttonId?: string }) => void) => void),
  album: [] as FakePhoto[],
  /** Temp files handed out by the album, readable with getFileSystemManager().readFile. */
  files: new Map<string, number[]>(),
  /** What wx.previewImage was asked to show. */
  previews: [] as { urls: string[]; current?: string }[],
  fontSizeSetting: 17,
  pendingRoute: undefined as undefined | { route: string; query: Record<string, string> },
}

const bytes = (s: string) => Buffer.byteLength(s, 'utf8')

function violate(rule: Violation['rule'], message: string): void {
  state.violations.push({ rule, message })
}

// ---------------------------------------------------------------------------------------------------------
// App, Page and Component: Taro's pages call Page(); here Page becomes a Component whose attached lifetime
// runs the page's onLoad/onShow/onReady with the route the navigation asked for. Every component's setData
// is measured.

function measureSetData(instance: Options): void {
  const original = instance.setData as Fn
  if (!original || (original as { measured?: boolean }).measured) return
  const measured = function (this: unknown, data: unknown, cb?: Fn) {
    const size = bytes(JSON.stringify(data) ?? '')
    state.setDataBytes.push(size)
    if (size > RULES.setData.maxBytes) violate('setData', `setData of ${size} bytes (limit ${RULES.setData.maxBytes})`)
    return original.call(instance, data, cb)
  }
  ;(measured as { measured?: boolean }).measured = true
  instance.setData = measured
}

let appInstance: Options | undefined
let booted = false

export function bootApp(): void {
  if (booted) return
  if (!fs.existsSync(path.join(rootPath, 'app.js'))) {
    throw new Error('dist/weapp is missing: run `npm run build:weapp` first (npm test does it).')
  }
  installWeChatApis()
  const g = globalThis as unknown as Record<string, unknown>
  g.App = (options: Options) => {
    appInstance = options
    ;(options.onLaunch as Fn | undefined)?.call(options, { path: 'pages/home/index', query: {} })
    ;(options.onShow as Fn | undefined)?.call(options, {})
  }
  g.getApp = () => appInstance
  g.getCurrentPages = () => state.stack.map((p) => p.instance)
  const simComponent = g.Component as Fn
  g.Component = (options: Options) => {
    const lifetimes = (options.lifetimes ?? {}) as Record<string, Fn>
    const created = lifetimes.created ?? (options.created as Fn | undefined)
    return simComponent({
      ...options,
      lifetimes: {
        ...lifetimes,
        created(this: Options) {
          measureSetData(this)
          created?.call(this)
        },
      },
    })
  }
  g.Page = (options: Options) => {
    const methods: Record<string, Fn> = {}
    for (const [key, value] of Object.entries(options)) if (typeof value === 'function') methods[key] = value as Fn
    return (g.Component as Fn)({
      data: options.data ?? {},
      methods,
      lifetimes: {
        attached(this: Options) {
          const target = state.pendingRoute ?? { route: 'pages/home/index', query: {} }
          state.pendingRoute = undefined
          this.route = target.route
          this.options = target.query
          ;(this.onLoad as Fn).call(this, target.query)
          ;(this.onShow as Fn | undefined)?.call(this)
          ;(this.onReady as Fn | undefined)?.call(this)
        },
      },
    })
  }
  require(path.join(rootPath, 'app.js'))
  booted = true
}

// ---------------------------------------------------------------------------------------------------------
// The page stack.

function parseUrl(url: string, from?: string): { route: string; query: Record<string, string> } {
  const [rawPath, search = ''] = url.split('?')
  const base = from ? path.posix.dirname(from) : ''
  const route = rawPath.startsWith('/') ? rawPath.slice(1) : path.posix.normalize(path.posix.join(base, rawPath))
  const query: Record<string, string> = {}
  for (const pair of search.split('&').filter(Boolean)) {
    const [k, v = ''] = pair.split('=')
    query[decodeURIComponent(k)] = decodeURIComponent(v)
  }
  return { route, query }
}

function allPages(): string[] {
  const app = readAppJson()
  return [...app.pages, ...(app.subPackages ?? []).flatMap((s) => s.pages.map((p) => `${s.root}/${p}`))]
}

function isTabPage(route: string): boolean {
  return (readAppJson().tabBar?.list ?? []).some((t) => t.pagePath === route)
}

function top(): StackPage | undefined {
  return state.stack[state.stack.length - 1]
}

// WeChat registers a page once and instantiates it for every visit; so does the harness (a page's js runs
// once per test file, as Jest caches modules).
const pageIds = new Map<string, string>()

function mount(route: string, query: Record<string, string>): StackPage {
  const id = pageIds.get(route) ?? simulate.load(path.join(rootPath, route), { rootPath, compiler: 'official' })
  pageIds.set(route, id)
  state.pendingRoute = { route, query }
  const comp = simulate.render(id)
  const container = document.createElement('div')
  container.setAttribute('data-route', route)
  document.body.appendChild(container)
  comp.attach(container)
  const page: StackPage = { route, comp, instance: comp.instance, container }
  return page
}

function unmount(page: StackPage): void {
  ;(page.instance.onUnload as Fn | undefined)?.call(page.instance)
  page.comp.detach()
  page.container.remove()
}

function hide(page: StackPage | undefined): void {
  if (!page) return
  ;(page.instance.onHide as Fn | undefined)?.call(page.instance)
  page.container.hidden = true
}

function show(page: StackPage | undefined): void {
  if (!page) return
  page.container.hidden = false
  ;(page.instance.onShow as Fn | undefined)?.call(page.instance)
}

type NavResult = { errMsg: string }

function settle(api: string, opts: Callbacks, error: string | undefined): Promise<NavResult> {
  const res = { errMsg: error ?? `${api}:ok` }
  // WeChat answers asynchronously.
  return new Promise((resolve) =>
    setTimeout(() => {
      if (error) opts.fail?.(res)
      else opts.success?.(res)
      opts.complete?.(res)
      resolve(res)
    }, 0),
  )
}

function checkTarget(api: string, url: string, allowTab: boolean): string | undefined {
  const { route } = parseUrl(url, top()?.route)
  if (!allPages().includes(route)) return RULES.pageStack.notFoundErrMsg(api, route)
  if (!allowTab && isTabPage(route)) return RULES.pageStack.tabTargetErrMsg(api, route)
  return undefined
}

const navigation = {
  navigateTo(opts: Callbacks & { url: string }) {
    let error = checkTarget('navigateTo', opts.url, false)
    if (!error && state.stack.length >= RULES.pageStack.maxPages) {
      error = RULES.pageStack.overflowErrMsg
      violate('pageStack', `${error} (navigateTo ${opts.url} with ${state.stack.length} pages open)`)
    }
    if (!error) {
      const { route, query } = parseUrl(opts.url, top()?.route)
      hide(top())
      state.stack.push(mount(route, query))
    }
    return settle('navigateTo', opts, error)
  },
  redirectTo(opts: Callbacks & { url: string }) {
    const error = checkTarget('redirectTo', opts.url, false)
    if (!error) {
      const { route, query } = parseUrl(opts.url, top()?.route)
      const old = state.stack.pop()
      if (old) unmount(old)
      state.stack.push(mount(route, query))
    }
    return settle('redirectTo', opts, error)
  },
  navigateBack(opts: Callbacks & { delta?: number } = {}) {
    const delta = Math.max(1, opts.delta ?? 1)
    const error = state.stack.length <= 1 ? 'navigateBack:fail cannot navigate back at first page.' : undefined
    if (!error) {
      for (let i = 0; i < delta && state.stack.length > 1; i++) unmount(state.stack.pop() as StackPage)
      show(top())
    }
    return settle('navigateBack', opts, error)
  },
  // WeChat keeps tab pages alive across switchTab; here a tab page is loaded afresh (the app reloads its data
  // on show anyway), and every other page is closed, as in WeChat.
  switchTab(opts: Callbacks & { url: string }) {
    const { route } = parseUrl(opts.url, top()?.route)
    const error = !isTabPage(route) ? `switchTab:fail can not switch to no-tabBar page "${route}"` : undefined
    if (!error) relaunch(route, {})
    return settle('switchTab', opts, error)
  },
  reLaunch(opts: Callbacks & { url: string }) {
    const error = checkTarget('reLaunch', opts.url, true)
    if (!error) {
      const { route, query } = parseUrl(opts.url, top()?.route)
      relaunch(route, query)
    }
    return settle('reLaunch', opts, error)
  },
}

function relaunch(route: string, query: Record<string, string>): void {
  while (state.stack.length) unmount(state.stack.pop() as StackPage)
  state.stack.push(mount(route, query))
}

// ---------------------------------------------------------------------------------------------------------
// Privacy, storage, pickers and deprecated APIs on wx.

/** WeChat's async API style: callbacks when given (no promise then), else a promise. */
function callback<T>(opts: Callbacks, run: () => T): Promise<T> | undefined {
  const withCallbacks = Boolean(opts.success || opts.fail || opts.complete)
  const promise = new Promise<T>((resolve, reject) =>
    setTimeout(() => {
      try {
        const res = run()
        opts.success?.(res)
        opts.complete?.(res)
        resolve(res)
      } catch (e) {
        const res = { errMsg: (e as Error).message, errno: (e as { errno?: number }).errno }
        opts.fail?.(res)
        opts.complete?.(res)
        reject(res)
      }
    }, 0),
  )
  if (!withCallbacks) return promise
  promise.catch(() => undefined)
  return undefined
}

function privacyError(api: string): Error {
  return Object.assign(new Error(RULES.privacy.refusedErrMsg(api)), { errno: RULES.privacy.errno })
}

/** WeChat's privacy check before a guarded API: asks the app's listener and waits for its resolve. */
function ensurePrivacy(api: string): Promise<void> {
  if (state.privacyAgreed) return Promise.resolve()
  const listener = state.privacyListener
  if (!listener) {
    violate('privacy', `${api} called before the privacy agreement, with no onNeedPrivacyAuthorization listener`)
    return Promise.reject(privacyError(api))
  }
  return new Promise((resolve, reject) => {
    listener((answer) => {
      const agree = answer?.event === 'agree'
      if (agree && (!answer.buttonId || !state.tappedAgreeButtons.has(answer.buttonId))) {
        violate('privacy', `${RULES.privacy.badResolveErrMsg} (buttonId ${String(answer.buttonId)}) for ${api}`)
        reject(privacyError(api))
        return
      }
      if (agree) {
        state.privacyAgreed = true
        resolve()
      } else reject(privacyError(api))
    })
  })
}

function guarded(api: string, pick: () => unknown) {
  return (opts: Callbacks = {}) => {
    const res = ensurePrivacy(api).then(
      () => callback(opts, pick),
      (e: Error & { errno?: number }) => callback(opts, () => {
        throw e
      }),
    )
    return res
  }
}

function storageSet(api: string, key: string, data: unknown): void {
  const value = JSON.stringify(data) ?? ''
  const size = bytes(key) + bytes(value)
  if (size > RULES.storage.maxKeyBytes) {
    violate('storage', `${RULES.storage.keyErrMsg(api)} (key ${key}: ${size} bytes)`)
    throw new Error(RULES.storage.keyErrMsg(api))
  }
  let total = size
  for (const [k, v] of state.storage) if (k !== key) total += bytes(k) + bytes(v)
  if (total > RULES.storage.maxTotalBytes) {
    violate('storage', `${RULES.storage.totalErrMsg(api)} (${total} bytes in all)`)
    throw new Error(RULES.storage.totalErrMsg(api))
  }
  state.storage.set(key, value)
}

function storageGet(key: string): unknown {
  const v = state.storage.get(key)
  return v === undefined ? '' : JSON.parse(v)
}

function installWeChatApis(): void {
  const wx = (globalThis as unknown as { wx: Record<string, unknown> }).wx
  Object.assign(wx, navigation)
  wx.onNeedPrivacyAuthorization = (listener: typeof state.privacyListener) => {
    state.privacyListener = listener
  }
  wx.requirePrivacyAuthorize = (opts: Callbacks = {}) =>
    ensurePrivacy('requirePrivacyAuthorize').then(
      () => callback(opts, () => ({ errMsg: 'requirePrivacyAuthorize:ok' })),
      () => callback(opts, () => {
        throw privacyError('requirePrivacyAuthorize')
      }),
    )
  wx.getPrivacySetting = (opts: Callbacks = {}) => callback(opts, () => ({ needAuthorization: !state.privacyAgreed, privacyContractName: '《江西医保·家庭共济小程序隐私保护指引》' }))
  for (const api of RULES.privacy.guardedApis) wx[api] = guarded(api, () => ({ errMsg: `${api}:fail cancel` }))
  const takeAlbum = (api: string) => () => {
    const files = state.album
    state.album = []
    if (!files.length) throw new Error(`${api}:fail cancel`)
    for (const f of files) state.files.set(f.tempFilePath, bytesOf(f))
    return api === 'chooseMedia'
      ? { type: 'image', tempFiles: files.map((f) => ({ ...f, fileType: 'image' })), errMsg: `${api}:ok` }
      : { tempFilePaths: files.map((f) => f.tempFilePath), tempFiles: files.map((f) => ({ path: f.tempFilePath, size: f.size })), errMsg: `${api}:ok` }
  }
  wx.chooseMedia = guarded('chooseMedia', takeAlbum('chooseMedia'))
  wx.chooseImage = guarded('chooseImage', takeAlbum('chooseImage'))
  wx.getFileSystemManager = () => ({
    readFile: (opts: Callbacks & { filePath: string; position?: number; length?: number }) =>
      callback(opts, () => {
        const data = state.files.get(opts.filePath)
        if (!data) throw new Error(`readFile:fail no such file or directory, open ${opts.filePath}`)
        const from = opts.position ?? 0
        return { data: new Uint8Array(data.slice(from, opts.length === undefined ? undefined : from + opts.length)).buffer, errMsg: 'readFile:ok' }
      }),
  })
  wx.previewImage = (opts: Callbacks & { urls: string[]; current?: string }) =>
    callback(opts, () => {
      state.previews.push({ urls: [...opts.urls], current: opts.current })
      return { errMsg: 'previewImage:ok' }
    })

  // wx.login: a fresh code each time, as WeChat gives (the demo server takes any code with the member chosen).
  let logins = 0
  wx.login = (opts: Callbacks = {}) => callback(opts, () => ({ code: `sim-login-code-${++logins}`, errMsg: 'login:ok' }))

  wx.setStorageSync = (key: string, data: unknown) => storageSet('setStorageSync', key, data)
  wx.getStorageSync = (key: string) => storageGet(key)
  wx.removeStorageSync = (key: string) => void state.storage.delete(key)
  wx.clearStorageSync = () => state.storage.clear()
  wx.getStorageInfoSync = () => ({ keys: [...state.storage.keys()], currentSize: Math.ceil([...state.storage].reduce((n, [k, v]) => n + bytes(k) + bytes(v), 0) / 1024), limitSize: RULES.storage.maxTotalBytes / 1024 })
  wx.setStorage = (opts: Callbacks & { key: string; data: unknown }) => callback(opts, () => (storageSet('setStorage', opts.key, opts.data), { errMsg: 'setStorage:ok' }))
  wx.getStorage = (opts: Callbacks & { key: string }) => callback(opts, () => ({ data: storageGet(opts.key), errMsg: 'getStorage:ok' }))
  wx.removeStorage = (opts: Callbacks & { key: string }) => callback(opts, () => (state.storage.delete(opts.key), { errMsg: 'removeStorage:ok' }))

  const baseInfo = wx.getAppBaseInfo as () => Record<string, unknown>
  wx.getAppBaseInfo = () => ({ ...baseInfo(), fontSizeSetting: state.fontSizeSetting })
  for (const [api, replacement] of Object.entries(RULES.deprecated)) {
    wx[api] = () => {
      violate('deprecated', `${api} is deprecated: use ${replacement}`)
      throw new Error(`${api} is deprecated: use ${replacement}`)
    }
  }
}

// ---------------------------------------------------------------------------------------------------------
// What tests use.

export const wechat = {
  /** Calls wx.* as the app would (also for the harness's own tests). */
  get wx(): Record<string, Fn> {
    return (globalThis as unknown as { wx: Record<string, Fn> }).wx
  },
  /** The page stack's routes, bottom first. */
  stack: () => state.stack.map((p) => p.route),
  top: (): SimComponent => {
    const page = top()
    if (!page) throw new Error('no page is open')
    return page.comp
  },
  violations: (): Violation[] => [...state.violations],
  /** Returns the violations so far and forgets them (a harness test that provokes one on purpose). */
  takeViolations(): Violation[] {
    return state.violations.splice(0)
  },
  setDataSizes: (): number[] => [...state.setDataBytes],
  resetSetDataSizes: () => void (state.setDataBytes.length = 0),
  /** The photos the person will pick next. */
  putInAlbum: (...photos: FakePhoto[]) => void state.album.push(...photos),
  privacyAgreed: () => state.privacyAgreed,
  /** What wx.previewImage showed, oldest first. */
  previews: () => [...state.previews],
  setFontSize: (px: number) => void (state.fontSizeSetting = px),
  /** WeChat forgets the agreement (a new 隐私保护指引 version): the app's own consent stays on the device. */
  forgetPrivacyAgreement() {
    state.privacyAgreed = false
    state.tappedAgreeButtons.clear()
  },
  /** A fresh install: no privacy agreement, empty storage. Pages stay as they are. */
  resetDevice() {
    state.privacyAgreed = false
    state.tappedAgreeButtons.clear()
    state.storage.clear()
  },
}

export function expectNoViolations(): void {
  expect(state.violations).toEqual([])
}

/** Opens `route` as the only page, like WeChat's reLaunch (the first page of a journey). */
export async function launch(route: string): Promise<SimComponent> {
  bootApp()
  await navigation.reLaunch({ url: `/${route}` })
  await settleRender()
  return wechat.top()
}

export async function settleRender(ms = 30): Promise<void> {
  await simulate.sleep(ms)
}

/**
 * Renders a component of the build (the custom tab bar) beside the pages. Taro hands Component() `behaviors: {}`,
 * which WeChat ignores but the simulator's j-component cannot map over: given as an empty list here.
 */
export async function renderComponent(component: string): Promise<SimComponent> {
  bootApp()
  const g = globalThis as unknown as Record<string, unknown>
  const register = g.Component as (def: Record<string, unknown>) => unknown
  g.Component = (def: Record<string, unknown>) => register({ ...def, behaviors: Array.isArray(def.behaviors) ? def.behaviors : [] })
  try {
    const comp = simulate.render(simulate.load(path.join(rootPath, component), { rootPath, compiler: 'official' }))
    const container = document.createElement('div')
    document.body.appendChild(container)
    comp.attach(container)
    await settleRender()
    return comp
  } finally {
    g.Component = register
  }
}

/** The visible text of the top page. */
export function pageText(): string {
  return top()?.container.textContent ?? ''
}

/** The page's text once it contains `expected` (or `done` says so), or whatever it is after 6 s (the test then says what is missing). */
export async function textOnceShown(page: SimComponent | undefined, expected: string, done = (text: string) => text.includes(expected)): Promise<string> {
  const read = () => (page ? page.dom.textContent : pageText()) ?? ''
  let text = read()
  for (let i = 0; i < 120 && !done(text); i++) {
    await new Promise((r) => setTimeout(r, 50))
    text = read()
  }
  return text
}

function elements(): HTMLElement[] {
  const page = top()
  return page ? Array.from(page.container.querySelectorAll<HTMLElement>('*')) : []
}

/** The innermost element of the top page whose text is exactly `text` (or matches the pattern). */
function byText(text: string | RegExp): HTMLElement | undefined {
  const matches = (el: HTMLElement) => {
    const t = (el.textContent ?? '').trim()
    return typeof text === 'string' ? t === text : text.test(t)
  }
  const innermost = elements().filter(matches).filter((el) => !Array.from(el.querySelectorAll<HTMLElement>('*')).some(matches))
  // What a finger can act on first (a step label can read like the button below it).
  return innermost.find(tappable) ?? innermost[0]
}

type WxNode = { __wxElement?: { _vt?: { event?: Record<string, { name: string }> } } }

/** Whether a tap on `el` reaches a tap handler (its own or an ancestor's) in WeChat's template. */
function tappable(el: HTMLElement): boolean {
  for (let n: HTMLElement | null = el; n && n !== top()?.container; n = n.parentElement) {
    const events = (n as unknown as WxNode).__wxElement?._vt?.event ?? {}
    if (Object.values(events).some((e) => e.name === 'tap')) return true
  }
  return false
}

async function waitFor<T>(what: string, find: () => T | undefined): Promise<T> {
  for (let i = 0; i < 120; i++) {
    const found = find()
    if (found) return found
    await new Promise((r) => setTimeout(r, 50))
  }
  throw new Error(`not found on ${top()?.route}: ${what}\npage text: ${pageText().slice(0, 600)}`)
}

function fire(el: HTMLElement, name: string, detail: unknown = {}): void {
  const target = (el as unknown as { __wxElement?: unknown }).__wxElement
  if (!target) throw new Error(`not a rendered WeChat node: <${el.tagName.toLowerCase()}>`)
  exparser.Event.dispatchEvent(target, exparser.Event.create(name, detail, { bubbles: true, capturePhase: true, composed: true, extraFields: { touches: {}, changedTouches: {} } }))
}

/** The attributes WeChat's template gave a node (open-type, id …). */
function wxAttr(el: HTMLElement, name: string): string | undefined {
  const vt = (el as unknown as { __wxElement?: { _vt?: { attrs?: { name: string; value: unknown }[] }; id?: string } }).__wxElement
  if (name === 'id' && vt?.id) return vt.id
  const camel = name.replace(/-(\w)/g, (_, c: string) => c.toUpperCase())
  const attr = vt?._vt?.attrs?.find((a) => a.name === name || a.name === camel)
  return attr === undefined ? undefined : String(attr.value)
}

/**
 * Taps what shows `text`, as a finger would: the tap bubbles from the text to its handler. A tap on a
 * <button open-type="agreePrivacyAuthorization"> also puts the agreement on record with WeChat and fires
 * the button's agreeprivacyauthorization event, as WeChat does.
 */
export async function tap(text: string | RegExp): Promise<void> {
  const el = await waitFor(`text ${String(text)}`, () => byText(text))
  fire(el, 'tap')
  const button = el.closest('wx-button') as HTMLElement | null
  if (button && wxAttr(button, 'open-type') === RULES.privacy.agreeOpenType) {
    const id = wxAttr(button, 'id')
    if (id) state.tappedAgreeButtons.add(id)
    state.privacyAgreed = true
    fire(button, 'agreeprivacyauthorization', { errMsg: 'agreePrivacyAuthorization:ok' })
  }
  await settleRender()
}

/** Taps the `index`-th picture (wx-image) of the top page, from the end if negative: a thumbnail has no text to find it by. */
export async function tapImage(index = 0): Promise<void> {
  const el = await waitFor(`image ${index}`, () => elements().filter((e) => e.tagName.toLowerCase() === 'wx-image').at(index))
  fire(el, 'tap')
  await settleRender()
}

/** Two taps in quick succession on the same element (an impatient finger). */
export async function doubleTap(text: string | RegExp): Promise<void> {
  const el = await waitFor(`text ${String(text)}`, () => byText(text))
  fire(el, 'tap')
  fire(el, 'tap')
  await settleRender()
}

/** Types into the input labelled `label` (the field whose label shows that text). */
export async function type(label: string, value: string): Promise<void> {
  const input = await waitFor(`input labelled ${label}`, () => {
    let el: HTMLElement | null | undefined = byText(label)
    while (el && !el.querySelector('wx-input')) el = el.parentElement
    return el?.querySelector<HTMLElement>('wx-input') ?? undefined
  })
  fire(input, 'input', { value, cursor: value.length })
  await settleRender()
}

/** Scrolls the scroll-view showing `text` to its end (scrolltolower). */
export async function scrollToEnd(text: string): Promise<void> {
  const el = await waitFor(`scroll view with ${text}`, () => byText(text)?.closest<HTMLElement>('wx-scroll-view') ?? undefined)
  fire(el, 'scrolltolower', { direction: 'bottom' })
  await settleRender()
}

/** Waits until the top page shows `text`; fails with the page's text otherwise. */
export async function see(text: string): Promise<void> {
  await waitFor(`text ${text}`, () => (pageText().includes(text) ? true : undefined))
}

export function readAppJson(): {
  pages: string[]
  subPackages?: { root: string; pages: string[] }[]
  tabBar?: { list: { pagePath: string; text: string }[] }
} {
  return JSON.parse(fs.readFileSync(path.join(rootPath, 'app.json'), 'utf8'))
}
