// The pieces Taro's own React binding (@tarojs/components/lib/react) builds each H5 component from.
import '@tarojs/components/lib/react/react-component-lib/index.js'

export { createReactComponent } from '@tarojs/components/lib/react/react-component-lib/createComponent.js'
export { manipulatePropsFunction } from '@tarojs/components/lib/react/helper.js'
