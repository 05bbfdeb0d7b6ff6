import { listenForPrivacyRequests } from './privacy'

// Once at launch, what the platform itself needs (H5: launch.h5.ts). The mini programs: WeChat's privacy requests
// (the gate answers them); they have no keyboard to support and draw their own title bar.
export function platformLaunch(): void {
  listenForPrivacyRequests()
}
