import { Text, View } from '@tarojs/components'
import type { PropsWithChildren } from 'react'
import './form-field.scss'

interface Props {
  label: string
  error?: string | null
  hint?: string
  required?: boolean
}

/** A labelled field with its Chinese error message right under it. */
export function FormField({ label, error, hint, required, children }: PropsWithChildren<Props>) {
  return (
    <View className={`field${error ? ' field--invalid' : ''}`}>
      <Text className="field__label">
        {label}
        {required && <Text className="field__required">*</Text>}
      </Text>
      {children}
      {error ? (
        <View className="field__error" role="alert">
          {error}
        </View>
      ) : (
        hint && <Text className="field__hint">{hint}</Text>
      )}
    </View>
  )
}
