/**
 * View and Text for what is drawn many at a time (the rows of a long result list). In the mini
 * program they are Taro's View and Text; the H5 build uses plain.h5.tsx (the same extension, or
 * Taro does not pick it), where they are a plain <div> and <span>: each Taro H5 component is a
 * custom element that costs the phone about half a millisecond (4× CPU) to create, attach and
 * set its props, and a screen of result rows has a hundred of them — most of a 托育机构 filter
 * tap's time.
 */
import { Text, View } from '@tarojs/components'
import type { PlainProps } from './plain-props'

export const PlainView = View as (props: PlainProps) => JSX.Element
export const PlainText = Text as (props: PlainProps) => JSX.Element
