// The WeChat rules the weapp harness enforces, as data, in one place. Each rule names what WeChat does and
// where it says so; test/weapp/wechat.ts applies them and test/weapp/harness.test.ts shows each one firing.
// A rule that trips is recorded as a violation; journeys end with `expectNoViolations()`.
//
// What they caught in the app as it was before issue 12 (its weapp build run through these journeys):
//  - pageStack: the fifth 新增授权 of a row of registrations failed with `navigateTo:fail webview count limit
//    exceed` (结果 → 家庭共济关系查询 → 新增授权 added two pages a round);
//  - privacy: 'agree' answered with no button id, so chooseMedia was refused (errno 104) and the proof
//    picker returned nothing, silently — no 宜春 registration could be finished;
//  - deprecated: getSystemInfoSync on every launch (large-font check) and in 共济使用明细;
//  - storage and setData: nothing (largest key 4.7 KB; largest setData ≈ 16 KB).

const KB = 1024
const MB = 1024 * KB

export const WECHAT_RULES = {
  /**
   * Page stack: at most 10 pages (developers.weixin.qq.com/miniprogram/dev/api/route/wx.navigateTo.html:
   * 「小程序中页面栈最多十层」). navigateTo past it fails with this errMsg; tab pages cannot be the target of
   * navigateTo/redirectTo (「不能跳到 tabbar 页面」), only of switchTab/reLaunch.
   */
  pageStack: {
    maxPages: 10,
    overflowErrMsg: 'navigateTo:fail webview count limit exceed',
    tabTargetErrMsg: (api: string, url: string) => `${api}:fail can not ${api} a tabbar page "${url}"`,
    notFoundErrMsg: (api: string, url: string) => `${api}:fail page "${url}" is not found`,
  },

  /**
   * Privacy (用户隐私保护指引, since 2023-09; …/dev/framework/user-privacy/PrivacyAuthorize.html): personal-data
   * APIs fail with errno 104 until the person has agreed. The agreement is made by tapping a rendered
   * <button open-type="agreePrivacyAuthorization">; when an API needs it first, WeChat calls the
   * onNeedPrivacyAuthorization listener, whose resolve accepts { event: 'agree' } only together with the
   * buttonId of such a tapped button.
   */
  privacy: {
    guardedApis: ['chooseMedia', 'chooseImage', 'chooseMessageFile', 'getClipboardData', 'setClipboardData', 'getLocation', 'chooseLocation', 'saveImageToPhotosAlbum'],
    agreeOpenType: 'agreePrivacyAuthorization',
    errno: 104,
    refusedErrMsg: (api: string) => `${api}:fail privacy permission is not authorized`,
    badResolveErrMsg: 'resolve:fail agree without the id of a tapped agreePrivacyAuthorization button',
  },

  /** Storage (…/dev/api/storage/wx.setStorageSync.html): 1 MB for one key, 10 MB for the mini program. */
  storage: {
    maxKeyBytes: 1 * MB,
    maxTotalBytes: 10 * MB,
    keyErrMsg: (api: string) => `${api}:fail entry size limit reached`,
    totalErrMsg: (api: string) => `${api}:fail exceed storage max size 10MB`,
  },

  /**
   * setData (…/dev/framework/performance/tips/runtime_setData.html): every payload is measured (JSON, UTF-8
   * bytes); one call over 256 KB fails the test (WeChat warns and slows long before its 1 MB hard limit).
   */
  setData: {
    maxBytes: 256 * KB,
  },

  /**
   * Deprecated APIs: calling one is a violation (the replacement is named). getSystemInfo* since base
   * library 2.20.1 (…/dev/api/base/system/wx.getSystemInfoSync.html); getUserProfile/getUserInfo since the
   * 2022 change to user information.
   */
  deprecated: {
    getSystemInfoSync: 'getWindowInfo / getAppBaseInfo / getDeviceInfo / getSystemSetting',
    getSystemInfo: 'getWindowInfo / getAppBaseInfo / getDeviceInfo / getSystemSetting',
    getSystemInfoAsync: 'getWindowInfo / getAppBaseInfo / getDeviceInfo / getSystemSetting',
    getUserProfile: '头像昵称填写 (open-type="chooseAvatar", type="nickname")',
    getUserInfo: '头像昵称填写 (open-type="chooseAvatar", type="nickname")',
  } as Record<string, string>,
} as const

export type RuleId = keyof typeof WECHAT_RULES
