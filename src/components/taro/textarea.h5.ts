import type { Textarea as TaroComponent } from '@tarojs/components'
import { defineCustomElement } from '@tarojs/components/dist/components/taro-textarea-core.js'
import { makeElement } from './make-element.h5'

export const Textarea = makeElement('taro-textarea-core', defineCustomElement) as typeof TaroComponent
