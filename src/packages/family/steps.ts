export const AUTHORIZE_STEPS = ['填写信息', '确认提交', '办理结果'] as const

/** 长辈模式: the same flow in short, plain steps (shown above each page of it). */
export const ELDER_GUIDES = {
  form: ['填写家人的证件号码和姓名', '选家人和您的关系', '往下滑动读完承诺，再打勾', '点“下一步”，核对后提交'],
  confirm: ['看一遍家人的姓名、证件号码和关系', '有错就点“返回修改”', '都对就点“确认提交”', '输入6位医保支付密码'],
} as const
