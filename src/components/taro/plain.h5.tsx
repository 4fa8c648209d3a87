// H5: a plain <div> and <span> (see plain.tsx).
import type { PlainProps } from './plain-props'

export const PlainView = (props: PlainProps) => <div {...props} />
export const PlainText = (props: PlainProps) => <span {...props} />
