// The mini program's Textarea; the H5 build uses textarea.h5.ts (see make-element.h5.ts).
export { Textarea } from '@tarojs/components'
