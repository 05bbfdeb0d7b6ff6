import { View } from '@tarojs/components'
import Page from '@/components/Page'
import ErrorState from '@/components/ErrorState'
import Skeleton from '@/components/Skeleton'
import { formatDayCn, formatMonthCn } from '@/domain/day'
import { formatFen } from '@/domain/money'
import { SPENDING_KIND_LABELS } from '@/domain/policy'
import { useHouseholdAccount } from '@/stores/household'
import type { HouseholdUse } from '@/stores/types'
import './index.scss'

function Uses({ label, items }: { label: string; items: HouseholdUse[] }) {
  return (
    <View className='cells' role='list' aria-label={label}>
      {items.map((u) => (
        <View key={u.id} className='cell' role='listitem'>
          <View className='cell__body'>
            <View className='cell__title'>{u.person ? `${u.person.maskedName} · ${u.kind ? SPENDING_KIND_LABELS[u.kind] : ''}` : '家庭其他成员'}</View>
            {u.placeName && <View className='cell__desc'>{u.placeName}</View>}
            <View className='cell__desc'>{formatDayCn(u.day)}</View>
          </View>
          <View className='household__amount'>{formatFen(u.amountFen)}</View>
        </View>
      ))}
    </View>
  )
}

// 门诊家庭账户 (seed 000 §二): the household's balance, what was credited for whom, every use, and where it can be used.
export default function HouseholdAccount() {
  // Read again (behind what is shown) each time the page shows: a visit may have been settled meanwhile.
  const q = useHouseholdAccount()
  const v = q.data
  if (v === undefined) {
    return <Page>{q.status === 'error' && q.error ? <ErrorState message={q.error} onRetry={() => void q.refetch()} /> : <Skeleton rows={6} label='正在查询门诊家庭账户' />}</Page>
  }
  if (v === null) {
    return (
      <Page>
        <View className='card text-muted' role='status'>
          没有可以查看的门诊家庭账户。门诊家庭账户是鹰潭城乡居民医保参保人全家共用的账户，由家里的居民医保参保人，或已为其中一人办理共济授权的职工医保参保人查看。
        </View>
      </Page>
    )
  }
  const children = new Set(v.children.map((c) => c.ref))
  const isChild = (u: HouseholdUse) => u.person !== undefined && children.has(u.person.ref)
  const childUses = v.uses.filter(isChild)
  const otherUses = v.uses.filter((u) => !isChild(u))
  const childNames = v.children.map((c) => c.maskedName).join('、')
  const usable = v.places.filter((p) => p.usable)
  const notUsable = v.places.filter((p) => !p.usable)
  return (
    <Page className='household'>
      {q.status === 'error' && q.error && <ErrorState message={`刷新失败：${q.error}`} onRetry={() => void q.refetch()} />}
      <View className='card' role='group' aria-label='门诊家庭账户余额'>
        <View className='household__label'>{v.year}年度 门诊家庭账户余额（全家共用）</View>
        <View className='household__figure'>{formatFen(v.balanceFen)}</View>
        <View className='text-muted'>
          本年度划入 {formatFen(v.allowanceFen)}，已用 {formatFen(v.yearFen)}；{formatMonthCn(v.month)}已用 {formatFen(v.monthFen)}
        </View>
      </View>

      <View className='section-title'>
        {v.year}年度划入（每位居民医保参保人 {formatFen(v.credits[0]?.amountFen ?? 0)}）
      </View>
      <View className='cells' role='list' aria-label='本年度划入'>
        {v.credits.map((c, i) => (
          <View key={c.person?.ref ?? `other-${i}`} className='cell' role='listitem'>
            <View className='cell__body'>
              <View className='cell__title'>{c.person?.maskedName ?? '家庭其他成员'}</View>
              <View className='cell__desc'>{formatDayCn(c.day)}划入</View>
            </View>
            <View className='household__amount'>{formatFen(c.amountFen)}</View>
          </View>
        ))}
      </View>

      <View className='section-title'>
        使用记录（新的在前）· 本月 {formatFen(v.monthFen)} · 本年度 {formatFen(v.yearFen)}
      </View>
      {v.uses.length === 0 && <View className='card text-muted'>本年度还没有使用门诊家庭账户。</View>}
      {childUses.length > 0 && (
        <>
          <View className='section-title'>
            {childNames}的使用（{childUses.length} 笔，{formatFen(childUses.reduce((s, u) => s + u.amountFen, 0))}）
          </View>
          <Uses label={`${childNames}的使用`} items={childUses} />
        </>
      )}
      {otherUses.length > 0 && (
        <>
          {childUses.length > 0 && <View className='section-title'>其他家人的使用（{otherUses.length} 笔）</View>}
          <Uses label={childUses.length > 0 ? '其他家人的使用' : '全家的使用'} items={otherUses} />
        </>
      )}

      <View className='section-title'>可以在哪里用（{v.cityName}）</View>
      <View className='cells' role='list' aria-label='可用地点'>
        {[...usable, ...notUsable].map((p) => (
          <View key={p.place} className='cell' role='listitem'>
            <View className='cell__body'>
              <View className='cell__title'>{p.label}</View>
              <View className='cell__desc'>{p.note}</View>
            </View>
            <View className={p.usable ? 'household__yes' : 'household__no'}>{p.usable ? '可以用' : '不能用'}</View>
          </View>
        ))}
      </View>
      <View className='source'>依据：{v.source}</View>
    </Page>
  )
}
