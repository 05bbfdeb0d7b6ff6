import type * as Components from '@tarojs/components'
import { defineCustomElement as defineCustomElementTaroInputCore } from '@tarojs/components/dist/components/taro-input-core.js'
import { createReactComponent, manipulatePropsFunction } from './create'

export const Input = /*@__PURE__*/ createReactComponent('taro-input-core', undefined, manipulatePropsFunction, defineCustomElementTaroInputCore) as unknown as typeof Components.Input
