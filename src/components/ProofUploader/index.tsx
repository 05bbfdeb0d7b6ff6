import { Image, View } from '@tarojs/components'
import { proofFileHint } from '@/domain/authorization-form'
import type { ProofFileRule } from '@/domain/policy'
import { buttonProps } from '../a11y'
import './index.scss'

export interface ProofView {
  localId: string
  fileName: string
  previewUrl?: string
  status: 'uploading' | 'done' | 'failed'
  error?: string
}

interface Props {
  required: boolean
  kind: string
  cityName: string
  rule: ProofFileRule
  items: ProofView[]
  message?: string
  error?: string
  onAdd: () => void
  onRemove: (localId: string) => void
  onRetry: (localId: string) => void
  /** Opens the photo full screen. */
  onPreview: (previewUrl: string) => void
}

const STATUS: Record<ProofView['status'], string> = { uploading: '上传中…', done: '已上传', failed: '上传失败' }

export default function ProofUploader({ required, kind, cityName, rule, items, message, error, onAdd, onRemove, onRetry, onPreview }: Props) {
  return (
    <View className='proof-uploader'>
      <View className='proof-uploader__head'>
        <View className='form-field__label'>
          证明材料
          <View className={required ? 'proof-uploader__tag proof-uploader__tag--required' : 'proof-uploader__tag'}>{required ? '必填' : '选填'}</View>
        </View>
        <View className='form-field__hint'>
          {required ? `${cityName}办理授权需上传${kind}照片。` : `${cityName}办理授权无需提供亲属关系证明，可不上传。`}
          {proofFileHint(rule)}
        </View>
      </View>
      <View className='proof-uploader__grid' role='list' aria-label='已选择的证明材料'>
        {items.map((p, i) => {
          // WeUI uploader: thumbnails only. The file's name says nothing to the person (and may name a relative).
          const label = `第${i + 1}张证明材料`
          return (
            <View key={p.localId} className={`proof-uploader__tile proof-uploader__tile--${p.status}`} role='listitem' aria-label={`${label}，${STATUS[p.status]}`}>
              <View className='proof-uploader__frame'>
                {p.previewUrl ? (
                  <View className='proof-uploader__open' {...buttonProps()} aria-label={`查看${label}大图`} onClick={() => p.previewUrl && onPreview(p.previewUrl)}>
                    <Image className='proof-uploader__thumb' src={p.previewUrl} mode='aspectFill' ariaLabel={label} nativeProps={{ alt: label }} />
                  </View>
                ) : (
                  <View className='proof-uploader__thumb proof-uploader__thumb--none'>已上传的照片</View>
                )}
                {p.status !== 'done' && <View className='proof-uploader__overlay'>{STATUS[p.status]}</View>}
                <View className='proof-uploader__remove' {...buttonProps()} aria-label={`删除${label}`} onClick={() => onRemove(p.localId)}>
                  <View className='proof-uploader__remove-chip' aria-hidden='true'>
                    删除
                  </View>
                </View>
              </View>
              {p.error && <View className='proof-uploader__error'>{p.error}</View>}
              {p.status === 'failed' && (
                <View className='proof-uploader__action' {...buttonProps()} onClick={() => onRetry(p.localId)}>
                  重试
                </View>
              )}
            </View>
          )
        })}
        {items.length < rule.maxFiles && (
          <View className='proof-uploader__tile' role='listitem' aria-label='添加照片'>
            <View className='proof-uploader__frame'>
              <View className='proof-uploader__add' role='button' aria-label='拍照或从相册选择' onClick={onAdd}>
                <View className='proof-uploader__plus' aria-hidden='true'>
                  ＋
                </View>
                拍照或从相册选择
              </View>
            </View>
          </View>
        )}
      </View>
      {message && (
        <View className='form-field__error' aria-live='polite'>
          {message}
        </View>
      )}
      {/* While a photo is uploading, that is news, not an error. */}
      {error && !message && (items.some((p) => p.status === 'uploading') ? <View className='form-field__hint'>{error}</View> : <View className='form-field__error'>{error}</View>)}
    </View>
  )
}
