import type { Picker as TaroComponent } from '@tarojs/components'
import { defineCustomElement } from '@tarojs/components/dist/components/taro-picker-core.js'
import { makeElement } from './make-element.h5'

export const Picker = makeElement('taro-picker-core', defineCustomElement) as typeof TaroComponent
