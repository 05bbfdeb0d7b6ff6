import { defineCustomElement as defineCustomElementTaroInputCore } from '@tarojs/components/dist/components/taro-input-core.js'
import { createReactComponent, manipulatePropsFunction } from './create'

export const Input = /*@__PURE__*/ createReactComponent('taro-input-core', undefined, manipulatePropsFunction, defineCustomElementTaroInputCore)
