import { defineCustomElement as defineCustomElementTaroButtonCore } from '@tarojs/components/dist/components/taro-button-core.js'
import { createReactComponent, manipulatePropsFunction } from './create'

export const Button = /*@__PURE__*/ createReactComponent('taro-button-core', undefined, manipulatePropsFunction, defineCustomElementTaroButtonCore)
