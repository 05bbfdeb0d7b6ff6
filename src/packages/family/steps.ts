export const AUTHORIZE_STEPS = ['填写信息', '确认提交', '办理结果'] as const
