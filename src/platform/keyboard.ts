// H5 only: Views that act as buttons, checkboxes and radios become reachable with Tab and work with
// Enter and Space, like native controls. Mini programs have no keyboard navigation to support.
const CONTROLS = '[role=button],[role=checkbox],[role=radio],[role=switch],[role=link]'
// Scrolling containers (pages, scroll views) must be focusable so the keyboard can scroll them.
const FOCUSABLE = `${CONTROLS},taro-scroll-view-core,.taro_page`

export function installKeyboardSupport(): void {
  if (process.env.TARO_ENV !== 'h5' || typeof document === 'undefined') return
  const makeFocusable = (root: ParentNode) => {
    root.querySelectorAll(FOCUSABLE).forEach((el) => {
      if (!el.hasAttribute('tabindex')) el.setAttribute('tabindex', '0')
    })
  }
  makeFocusable(document)
  new MutationObserver((changes) => {
    for (const c of changes) c.addedNodes.forEach((n) => n instanceof Element && (n.matches(FOCUSABLE) ? makeFocusable(n.parentElement ?? n) : makeFocusable(n)))
  }).observe(document.body, { childList: true, subtree: true })
  document.addEventListener('keydown', (e) => {
    const el = e.target as HTMLElement | null
    if (!el?.matches?.(CONTROLS) || (e.key !== 'Enter' && e.key !== ' ')) return
    e.preventDefault()
    if (el.getAttribute('aria-disabled') !== 'true') el.click()
  })
}
