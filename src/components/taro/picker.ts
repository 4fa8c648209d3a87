// The mini program's Picker; the H5 build uses picker.h5.ts (see make-element.h5.ts).
export { Picker } from '@tarojs/components'
