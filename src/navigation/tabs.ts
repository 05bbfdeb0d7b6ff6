import { routes } from './routes'

/** The three tabs, in order: one list for app.config's tabBar and WeChat's custom tab bar. */
export const TABS = [
  { url: routes.home, text: '首页', icon: '/assets/tab/home.png', selectedIcon: '/assets/tab/home-active.png' },
  { url: routes.family, text: '家庭共济', icon: '/assets/tab/family.png', selectedIcon: '/assets/tab/family-active.png' },
  { url: routes.me, text: '我的', icon: '/assets/tab/me.png', selectedIcon: '/assets/tab/me-active.png' },
] as const
