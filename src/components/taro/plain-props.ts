import type { CSSProperties, ReactNode } from 'react'

/** What a plain element takes: enough for a list row (and VirtualList's wrappers), the same on both builds. */
export interface PlainProps {
  id?: string
  className?: string
  /** A widget role (e.g. link) also makes it focusable and pressable by keyboard (src/h5-accessibility.ts). */
  role?: string
  onClick?: () => void
  style?: CSSProperties
  children?: ReactNode
}
