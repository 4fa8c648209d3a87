import type { Input as TaroComponent } from '@tarojs/components'
import { defineCustomElement } from '@tarojs/components/dist/components/taro-input-core.js'
import { makeElement } from './make-element.h5'

export const Input = makeElement('taro-input-core', defineCustomElement) as typeof TaroComponent
