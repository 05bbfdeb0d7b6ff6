import { BackendError } from './backend'

/** One Chinese sentence for a failed call, saying what to do next. */
export function describeError(error: unknown): string {
  if (error instanceof BackendError) {
    switch (error.code) {
      case 'NETWORK':
        return '网络连接失败，请检查网络后点“重试”'
      case 'TIMEOUT':
        return '请求超时，请稍后点“重试”；如已提交，重试不会重复办理'
      case 'UNAUTHENTICATED':
        return '登录已失效，请在“我的”中重新选择身份'
      case 'NOT_FOUND':
      case 'BAD_REQUEST':
        return `${error.message}`
      case 'IDEMPOTENCY_CONFLICT':
        return '请求重复，请返回后重新操作'
    }
  }
  return '系统繁忙，请稍后点“重试”'
}
