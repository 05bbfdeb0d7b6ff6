// H5 only: index.html paints a light app shell (the title bar and 「正在打开，请稍候…」) before the scripts have
// loaded; the first page to render takes it away. The mini programs show their own loading screen.
export function removeAppShell(): void {
  if (process.env.TARO_ENV !== 'h5' || typeof document === 'undefined') return
  document.getElementById('app-shell')?.remove()
}
