import { View } from '@tarojs/components'
import { Button } from '@/components/button'
import { HELP_ACTION_LABELS, type HelpAction } from '@/domain/help'
import type { FieldErrors } from '@/domain/validation'
import type { ActRequest } from '../model/act-request'
import { useActionForm } from '../model/use-action-form'
import { ActionForm } from './action-form'

/** What may be done to a request, one button each; an action that needs a reason, a visit or a score opens its form. */
export function ActionPanel({
  actions,
  pending,
  errors,
  onAct,
}: {
  actions: HelpAction[]
  pending: boolean
  errors: FieldErrors
  onAct: (request: ActRequest) => void
}) {
  const form = useActionForm(onAct)

  if (actions.length === 0) return null
  if (form.open === null) {
    return (
      <View className="help__actions">
        {actions.map((action) => (
          <Button
            key={action}
            className={`btn ${action === 'cancel' || action === 'return' ? 'btn--danger' : 'btn--primary'}`}
            disabled={pending}
            onClick={() => form.choose(action)}
          >
            {HELP_ACTION_LABELS[action]}
          </Button>
        ))}
      </View>
    )
  }
  return <ActionForm form={form} action={form.open} pending={pending} errors={errors} />
}
