import { afterFirstPage } from './afterFirstPage'

// Once at launch, what the platform itself needs (the mini programs: launch.ts). H5 has no privacy requests to hold;
// keyboard support and the title bar's names come as their own chunk once the first page is shown: drawing the
// first screen does not need them.
export function platformLaunch(): void {
  afterFirstPage(() => void import('./h5Access').then((m) => m.installH5Access(), () => undefined))
}
