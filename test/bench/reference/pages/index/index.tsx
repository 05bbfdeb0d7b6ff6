import { View } from '@tarojs/components'

export default function Index() {
  return <View role='button'>Hello world</View>
}
