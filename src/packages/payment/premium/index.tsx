import { useState } from 'react'
import { View } from '@tarojs/components'
import FormField from '@/components/FormField'
import PrimaryButton from '@/components/PrimaryButton'
import PrivacyGate from '@/components/PrivacyGate'
import TextField from '@/components/TextField'
import { formatFen } from '@/domain/money'
import { residentPremiumFen } from '@/domain/payments'
import { DOCUMENT_LENGTHS, validateDocument } from '@/domain/documents'
import { NAME_MAX, validateName } from '@/domain/names'
import { PAYMENT_YEAR, usePremium } from '@/stores/payments'
import { useSession } from '@/stores/session'
import PaymentFlow from '../PaymentFlow'

const PROMISE = '我确认使用本人职工医保个人账户历年余额为以上人员代缴城乡居民医保费，缴费成功后不予退还'
const GUIDE = ['勾选要缴费的家人', '名单里没有的人：在下面填证件号码和姓名，点“查询并添加”', '看清合计金额，勾选下面的确认', '点“确认缴费”，费用从您的个人账户扣除']

function AddPerson() {
  const today = useSession((s) => s.today)
  const lookup = usePremium((s) => s.lookup)
  const message = usePremium((s) => s.lookupMessage)
  const [id, setId] = useState('')
  const [name, setName] = useState('')
  const doc = validateDocument('residentId', id, today)
  const nm = validateName(name)
  const submit = async () => {
    if (await lookup({ documentType: 'residentId', documentNumber: id, name })) {
      setId('')
      setName('')
    }
  }
  return (
    <View role='group' aria-label='为其他江西居民医保参保人缴费'>
      <View className='section-title'>为其他江西城乡居民医保参保人缴费</View>
      <FormField label='参保人证件号码' error={id.length >= DOCUMENT_LENGTHS.residentId && !doc.ok ? doc.reason.message : undefined}>
        <TextField label='参保人证件号码' type='idcard' maxlength={DOCUMENT_LENGTHS.residentId + 2} value={id} placeholder='居民身份证号码' onInput={setId} />
      </FormField>
      <FormField label='参保人姓名' error={name && !nm.ok ? nm.reason.message : undefined}>
        <TextField label='参保人姓名' value={name} maxlength={NAME_MAX} placeholder='与证件一致' onInput={setName} />
      </FormField>
      {message && <View className='card text-muted'>{message}</View>}
      <PrimaryButton kind='default' text='查询并添加' disabled={!doc.ok || !nm.ok} onClick={() => void submit()} />
    </View>
  )
}

export default function Premium() {
  const amount = residentPremiumFen(PAYMENT_YEAR) ?? 0
  return (
    <PaymentFlow
      useFlow={usePremium}
      listLabel='可代缴人员'
      promise={PROMISE}
      guide={GUIDE}
      intro={
        <View className='card'>
          <View className='cell__title'>{PAYMENT_YEAR}年度城乡居民医保个人缴费 {formatFen(amount)}/人</View>
          <View className='text-muted'>用您的职工医保个人账户历年余额为已绑定的家人或其他江西城乡居民医保参保人缴费；同一人同一年度只能缴一次，余额不足时不会扣款。</View>
        </View>
      }
      extra={
        <PrivacyGate purpose='为其他参保人代缴'>
          <AddPerson />
        </PrivacyGate>
      }
    />
  )
}
