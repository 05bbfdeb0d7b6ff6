import { View } from '@tarojs/components'

export default function Me() {
  return (
    <View className='page'>
      <View className='card'>
        <View className='cell__title'>江西医保·家庭共济</View>
        <View className='text-muted'>演示版：数据由本机模拟服务提供，不连接真实医保系统。</View>
      </View>
    </View>
  )
}
