/**
 * H5 only. '@tarojs/components' makes every component in one module, which imports each one's
 * custom element, so any page that used a View fetched the code of Picker, Textarea, Input and
 * Switch too (10 KB gzip of 首页's first load). The form components are made one per file here
 * instead (input.h5.ts, …: Taro picks the `.h5` file in the H5 build, and the plain one, a
 * re-export of '@tarojs/components', in the mini program), so each element's code is fetched only
 * by the pages that use it. Made exactly as '@tarojs/components/lib/react' makes them.
 */
import { manipulatePropsFunction } from '@tarojs/components/lib/react/helper.js'
import { createReactComponent } from '@tarojs/components/lib/react/react-component-lib/createComponent.js'

export const makeElement = (tag: string, define: () => void): unknown => createReactComponent(tag, undefined, manipulatePropsFunction, define)
