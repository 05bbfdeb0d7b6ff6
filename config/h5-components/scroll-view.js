import { defineCustomElement as defineCustomElementTaroScrollViewCore } from '@tarojs/components/dist/components/taro-scroll-view-core.js'
import { createReactComponent, manipulatePropsFunction } from './create'

export const ScrollView = /*@__PURE__*/ createReactComponent('taro-scroll-view-core', undefined, manipulatePropsFunction, defineCustomElementTaroScrollViewCore)
