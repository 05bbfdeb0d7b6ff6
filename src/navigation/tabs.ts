import { routes } from './routes'

/** The three tabs, in order: one list for app.config's tabBar and the app-drawn tab bars (WeChat, H5). */
export const TABS = [
  { key: 'home', url: routes.home, text: '首页', icon: '/assets/tab/home.png', selectedIcon: '/assets/tab/home-active.png' },
  { key: 'family', url: routes.family, text: '家庭共济', icon: '/assets/tab/family.png', selectedIcon: '/assets/tab/family-active.png' },
  { key: 'me', url: routes.me, text: '我的', icon: '/assets/tab/me.png', selectedIcon: '/assets/tab/me-active.png' },
] as const
