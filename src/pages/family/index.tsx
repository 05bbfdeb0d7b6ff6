import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import Page from '@/components/Page'
import ServiceMenu from '@/components/ServiceMenu'
import { availableServices } from '@/components/ServiceMenu/catalog'
import { RELATIONS, RELATION_LABELS } from '@/domain/relations'

const FAMILY_KEYS = ['authorize', 'relations', 'policy']

export default function Family() {
  return (
    <Page>
      <View className='card'>
        <View className='cell__title'>可以共济的家庭成员</View>
        <View className='text-muted'>{RELATIONS.map((r) => RELATION_LABELS[r]).join('、')}</View>
        <View className='text-muted'>使用人须在江西省参加职工或城乡居民基本医疗保险，且医保关系正常（未暂停、未终止）。</View>
      </View>
      <ServiceMenu label='家庭共济办理' entries={availableServices().filter((e) => FAMILY_KEYS.includes(e.key))} onOpen={(e) => e.route && Taro.navigateTo({ url: e.route })} />
    </Page>
  )
}
