// A small parser for Alipay's AXML (XML-like templates with {{ }} expressions): enough to prove a file is
// well formed — every tag closed in order, attributes quoted, every {{ closed by }} — and to list its tags.
// There is no offline AXML compiler (minidev downloads its builder at run time).

export interface AxmlElement {
  tag: string
  attrs: Record<string, string>
  children: AxmlElement[]
}

export class AxmlError extends Error {}

const NAME = /[A-Za-z_][\w:.-]*/y

export function parseAxml(source: string): AxmlElement[] {
  const root: AxmlElement = { tag: '#root', attrs: {}, children: [] }
  const stack: AxmlElement[] = [root]
  let i = 0
  const where = () => {
    const lines = source.slice(0, i).split('\n')
    return `line ${lines.length}, column ${lines[lines.length - 1].length + 1}`
  }
  const fail = (msg: string): never => {
    throw new AxmlError(`${msg} at ${where()}`)
  }
  /** Skips a {{ … }} expression (which may contain <, > and quotes). */
  const skipMustache = () => {
    const end = source.indexOf('}}', i + 2)
    if (end < 0) fail('unclosed {{')
    i = end + 2
  }
  const readName = () => {
    NAME.lastIndex = i
    const m = NAME.exec(source)
    if (!m) fail('expected a name')
    i += (m as RegExpExecArray)[0].length
    return (m as RegExpExecArray)[0]
  }
  const skipSpace = () => {
    while (i < source.length && /\s/.test(source[i])) i++
  }

  while (i < source.length) {
    if (source.startsWith('{{', i)) {
      skipMustache()
    } else if (source.startsWith('<!--', i)) {
      const end = source.indexOf('-->', i + 4)
      if (end < 0) fail('unclosed comment')
      i = end + 3
    } else if (source.startsWith('</', i)) {
      i += 2
      const tag = readName()
      skipSpace()
      if (source[i] !== '>') fail(`expected > after </${tag}`)
      i++
      const open = stack.pop()
      if (!open || open === root || open.tag !== tag) fail(`</${tag}> closes <${open?.tag}>`)
    } else if (source[i] === '<') {
      i++
      const el: AxmlElement = { tag: readName(), attrs: {}, children: [] }
      for (;;) {
        skipSpace()
        if (source.startsWith('/>', i)) {
          i += 2
          stack[stack.length - 1].children.push(el)
          break
        }
        if (source[i] === '>') {
          i++
          stack[stack.length - 1].children.push(el)
          stack.push(el)
          break
        }
        if (i >= source.length) fail(`unclosed <${el.tag}`)
        const name = readName()
        if (name in el.attrs) fail(`attribute ${name} twice on <${el.tag}>`)
        skipSpace()
        if (source[i] !== '=') {
          el.attrs[name] = ''
          continue
        }
        i++
        skipSpace()
        const quote = source[i]
        if (quote !== '"' && quote !== "'") fail(`unquoted value of ${name} on <${el.tag}>`)
        const start = ++i
        while (i < source.length && source[i] !== quote) {
          if (source.startsWith('{{', i)) skipMustache()
          else i++
        }
        if (i >= source.length) fail(`unclosed value of ${name} on <${el.tag}>`)
        el.attrs[name] = source.slice(start, i)
        i++
      }
    } else {
      i++
    }
  }
  if (stack.length > 1) fail(`<${stack[stack.length - 1].tag}> is never closed`)
  return root.children
}

export function* walk(elements: AxmlElement[]): Generator<AxmlElement> {
  for (const el of elements) {
    yield el
    yield* walk(el.children)
  }
}
