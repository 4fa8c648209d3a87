import { Button as TaroButton } from '@tarojs/components'
import type { ButtonProps } from '@tarojs/components/types/Button'

/**
 * The app's only Button (lint forbids Taro's elsewhere). Taro's H5 Button writes the attribute
 * disabled="false" for disabled={false}, and both Taro's [disabled] style and the app's
 * .btn[disabled] match any disabled attribute, so enabled buttons were drawn faded, or white on
 * white. Here a button is either disabled (the attribute is there) or not (it is absent).
 */
export function Button({ disabled, ...props }: ButtonProps) {
  return <TaroButton {...props} disabled={disabled ? true : undefined} />
}
