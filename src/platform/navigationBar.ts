// H5 only: Taro's own navigation bar (title and back, as both mini programs have) is plain divs with icons.
// Name its buttons and make them reachable, so the title bar works for screen readers and keyboards too.
const LABELS: Record<string, string> = { 'taro-navigation-bar-back': '返回', 'taro-navigation-bar-home': '首页' }

export function labelNavigationBar(): void {
  if (process.env.TARO_ENV !== 'h5' || typeof document === 'undefined') return
  const bar = document.getElementById('taro-navigation-bar')
  if (!bar) return
  bar.setAttribute('role', 'banner')
  for (const [cls, label] of Object.entries(LABELS)) {
    const button = bar.getElementsByClassName(cls)[0]
    if (!button) continue
    button.setAttribute('role', 'button')
    button.setAttribute('aria-label', label)
    button.setAttribute('tabindex', '0')
    button.querySelector('svg')?.setAttribute('aria-hidden', 'true')
  }
  bar.getElementsByClassName('taro-navigation-bar-loading')[0]?.setAttribute('aria-hidden', 'true')
}
