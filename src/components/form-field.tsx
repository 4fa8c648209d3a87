import { Text, View } from '@tarojs/components'
import type { PropsWithChildren } from 'react'
import { tooLongMessage } from '@/domain/validation'
import './form-field.scss'

interface Props {
  label: string
  error?: string | null
  hint?: string
  required?: boolean
  /**
   * A text field's length and its limit: shown live as 12/500, and, past the limit, as the
   * field's error at once. Long fields do not cut what is typed or pasted (no maxlength); the
   * person sees how much to shorten, and the submit refuses it with the same message.
   */
  count?: { length: number; max: number }
}

/** A labelled field with its Chinese error message right under it. */
export function FormField({ label, error, hint, required, count, children }: PropsWithChildren<Props>) {
  const over = count !== undefined && count.length > count.max
  const message = error || (over ? tooLongMessage(count.length, count.max) : null)
  return (
    <View className={`field${message ? ' field--invalid' : ''}`}>
      <View className="field__head">
        <Text className="field__label">
          {label}
          {required && <Text className="field__required">*</Text>}
        </Text>
        {count && <Text className={`field__count${over ? ' field__count--over' : ''}`}>{`${count.length}/${count.max}`}</Text>}
      </View>
      {children}
      {message ? (
        <View className="field__error" role="alert">
          {message}
        </View>
      ) : (
        hint && <Text className="field__hint">{hint}</Text>
      )}
    </View>
  )
}
