import { defineCustomElement as defineCustomElementTaroImageCore } from '@tarojs/components/dist/components/taro-image-core.js'
import { createReactComponent, manipulatePropsFunction } from './create'

export const Image = /*@__PURE__*/ createReactComponent('taro-image-core', undefined, manipulatePropsFunction, defineCustomElementTaroImageCore)
