import { useEffect, useState } from 'react'
import { Input, View } from '@tarojs/components'
import { buttonProps } from '../a11y'
import { useVerification } from '@/stores/verification'
import { PASSWORD_LENGTH, passwordDigits } from './digits'
import './index.scss'

const LABEL = '医保支付密码'

/**
 * WeUI-style half-screen sheet for the 6-digit 医保支付密码, opened by `useVerification().ask`. The digits live in
 * this component's state only until the sixth is typed: then they go to the server once and are cleared here.
 * A real input (named 「医保支付密码」 like its visible label) lies over the six boxes, so a tap on the boxes, a
 * screen reader and a keyboard all reach it; full-width digits typed or pasted count as digits, anything else is
 * ignored.
 */
export default function PasswordSheet() {
  const { open, purpose, verifying, refusal, submit, cancel } = useVerification()
  const [digits, setDigits] = useState('')
  // A new sheet or a refusal: the person types all six again.
  useEffect(() => setDigits(''), [open, refusal])
  // The page leaves (Back) with the sheet up: nothing is waiting for a password any more.
  useEffect(() => () => useVerification.getState().cancel(), [])
  if (!open) return null
  const locked = refusal?.locked === true

  const onInput = (typed: string) => {
    if (verifying || locked) return digits
    const next = passwordDigits(typed)
    if (next.length === PASSWORD_LENGTH) {
      setDigits('')
      void submit(next)
      return ''
    }
    setDigits(next)
    return next
  }

  return (
    <View className='password-sheet'>
      {/* A tap on the mask does nothing: the second tap of a double tap on 确认缴费 lands there. 取消 closes. */}
      <View className='password-sheet__mask' />
      <View className='password-sheet__panel' role='dialog' aria-label='请输入医保支付密码'>
        {/* 取消 at the top (WeUI half-screen dialog): the second tap of a double tap lands at the bottom. */}
        <View className='password-sheet__head'>
          {!locked && (
            <View className='password-sheet__close' {...buttonProps(verifying)} onClick={() => !verifying && cancel()}>
              取消
            </View>
          )}
          <View className='password-sheet__title'>请输入医保支付密码</View>
        </View>
        {purpose && <View className='password-sheet__purpose'>{purpose}</View>}
        {!locked && (
          <>
            <View className='password-sheet__label' aria-hidden>
              {LABEL}
            </View>
            <View className='password-sheet__boxes'>
              {Array.from({ length: PASSWORD_LENGTH }, (_, i) => (
                <View key={i} className={`password-sheet__box${i === digits.length ? ' password-sheet__box--current' : ''}`} aria-hidden>
                  {i < digits.length ? '●' : ''}
                </View>
              ))}
              <Input
                className='password-sheet__input'
                type={process.env.TARO_ENV === 'h5' ? 'text' : 'number'}
                password
                value={digits}
                focus={!verifying}
                disabled={verifying}
                maxlength={20}
                nativeProps={{ 'aria-label': LABEL, inputMode: 'numeric', autoComplete: 'off', autoFocus: true }}
                onInput={(e) => onInput(e.detail.value)}
              />
            </View>
          </>
        )}
        {verifying && (
          <View className='password-sheet__status' role='status'>
            正在验证…
          </View>
        )}
        {refusal && (
          <View className={`password-sheet__refusal${locked ? ' password-sheet__refusal--locked' : ''}`} role='alert'>
            {refusal.message}
            {refusal.next && <View className='password-sheet__next'>{refusal.next}</View>}
          </View>
        )}
        {/* Locked: the refusal says where to go (忘记密码 …) once; the standing hint would say it again. */}
        {!locked && <View className='password-sheet__hint'>忘记密码？请带上身份证到参保地医保经办机构重置，或拨打 12393 咨询。</View>}
        {locked && (
          <View className='password-sheet__done' {...buttonProps()} onClick={cancel}>
            我知道了
          </View>
        )}
      </View>
    </View>
  )
}
