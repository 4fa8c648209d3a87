// The mini program's Switch; the H5 build uses switch.h5.ts (see make-element.h5.ts).
export { Switch } from '@tarojs/components'
