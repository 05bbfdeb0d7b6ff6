import { installKeyboardSupport } from './keyboard'
import { labelNavigationBar } from './navigationBar'

// H5 only, its own chunk (src/app.ts loads it once the first page is shown): keyboard support and the title bar's
// names are not needed to draw the first screen.
export function installH5Access(): void {
  installKeyboardSupport()
  labelNavigationBar()
}
