// WeChat draws src/custom-tab-bar itself and Alipay shows its native tab bar: nothing to draw in the page.
// H5 has its own (TabBar.h5.tsx), picked by Taro's platform file resolution.
export default function TabBar(_props: { current: number }) {
  return null
}
