import { BackendError } from './backend'

/** A write the server could not store: nothing of it took effect, and the same request may be sent again. */
export const SAVE_FAILED_MESSAGE = '保存失败，本次办理未生效，请重试'

/** One Chinese sentence for a failed call, saying what to do next. */
export function describeError(error: unknown): string {
  if (error instanceof BackendError) {
    switch (error.code) {
      case 'NETWORK':
        return '网络连接失败，请检查网络后点“重试”'
      case 'TIMEOUT':
        return '请求超时，请稍后点“重试”；如已提交，重试不会重复办理'
      case 'UNAUTHENTICATED':
        return '登录已过期，请重新登录后点“重试”'
      case 'NOT_FOUND':
      case 'BAD_REQUEST':
        return `${error.message}`
      case 'SAVE_FAILED':
        return SAVE_FAILED_MESSAGE
      case 'IDEMPOTENCY_CONFLICT':
        return '请求重复，请返回后重新操作'
    }
  }
  return '系统繁忙，请稍后点“重试”'
}
