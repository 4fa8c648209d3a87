import { Text, View } from '@tarojs/components'
import { Button } from './button'
import './notice.scss'

interface Action {
  label: string
  onClick: () => void
}

/** A message at the top of a form or page: an error with a retry, or information. */
export function Notice({ tone, message, actions = [] }: { tone: 'error' | 'info'; message: string; actions?: Action[] }) {
  return (
    <View className={`notice notice--${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      <Text>{message}</Text>
      {actions.length > 0 && (
        <View className="notice__actions">
          {actions.map((action) => (
            <Button key={action.label} className="btn btn--secondary" onClick={action.onClick}>
              {action.label}
            </Button>
          ))}
        </View>
      )}
    </View>
  )
}
