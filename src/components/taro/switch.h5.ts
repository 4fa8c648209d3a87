import type { Switch as TaroComponent } from '@tarojs/components'
import { defineCustomElement } from '@tarojs/components/dist/components/taro-switch-core.js'
import { makeElement } from './make-element.h5'

export const Switch = makeElement('taro-switch-core', defineCustomElement) as typeof TaroComponent
