import { defineCustomElement as defineCustomElementTaroViewCore } from '@tarojs/components/dist/components/taro-view-core.js'
import { createReactComponent, manipulatePropsFunction } from './create'

export const View = /*@__PURE__*/ createReactComponent('taro-view-core', undefined, manipulatePropsFunction, defineCustomElementTaroViewCore)
