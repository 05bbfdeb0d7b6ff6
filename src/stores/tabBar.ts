import { useDidShow } from '@tarojs/taro'
import { create } from 'zustand'

// Which tab is on: WeChat's custom tab bar is one component shared by the tab pages; each page says it is shown.
export const useTabBar = create<{ selected: number }>(() => ({ selected: 0 }))

/** Called by each tab page: marks its tab as the selected one when the page shows. */
export function useTabSelected(index: number): void {
  useDidShow(() => {
    if (useTabBar.getState().selected !== index) useTabBar.setState({ selected: index })
  })
}
