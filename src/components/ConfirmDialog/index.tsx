import { useCallback, useRef, useState, type ReactElement } from 'react'
import { View } from '@tarojs/components'
import { buttonProps } from '../a11y'
import './index.scss'

export interface ConfirmOptions {
  title: string
  content: string
  confirmText: string
  danger?: boolean
}

/**
 * An in-page confirmation (WeUI half-screen dialog look) rather than Taro.showModal: the same large text
 * on every platform, and on H5 a real alertdialog with named buttons.
 */
export function useConfirm(): [ReactElement | null, (options: ConfirmOptions) => Promise<boolean>] {
  const [options, setOptions] = useState<ConfirmOptions | null>(null)
  const resolver = useRef<(ok: boolean) => void>()
  const ask = useCallback((next: ConfirmOptions) => {
    resolver.current?.(false)
    setOptions(next)
    return new Promise<boolean>((resolve) => {
      resolver.current = resolve
    })
  }, [])
  const answer = (ok: boolean) => {
    resolver.current?.(ok)
    resolver.current = undefined
    setOptions(null)
  }
  const dialog = options ? (
    <View className='confirm-dialog'>
      <View className='confirm-dialog__mask' onClick={() => answer(false)} />
      <View className='confirm-dialog__panel' role='alertdialog' aria-label={options.title}>
        <View className='confirm-dialog__title'>{options.title}</View>
        <View className='confirm-dialog__content'>{options.content}</View>
        <View className='confirm-dialog__actions'>
          <View className='confirm-dialog__button' {...buttonProps()} onClick={() => answer(false)}>
            取消
          </View>
          <View className={`confirm-dialog__button confirm-dialog__button--${options.danger ? 'danger' : 'primary'}`} {...buttonProps()} onClick={() => answer(true)}>
            {options.confirmText}
          </View>
        </View>
      </View>
    </View>
  ) : null
  return [dialog, ask]
}
