// The mini program's Input; the H5 build uses input.h5.ts (see make-element.h5.ts).
export { Input } from '@tarojs/components'
