// The mini programs pull down natively; H5 defines Taro's element on demand (pullDownRefresh.h5.ts).

/** Call at the top of a page module whose config has enablePullDownRefresh. */
export function definePullDownRefresh(): void {}
