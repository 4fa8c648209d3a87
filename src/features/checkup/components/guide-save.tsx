import { Text } from '@tarojs/components'
import { Button } from '@/components/button'
import { Notice } from '@/components/notice'
import { openPage } from '@/navigation'
import { ROUTES } from '@/routes'
import { GUIDE_TEXTS as T } from '../texts'

interface Props {
  signedIn: boolean
  /** The day the answers shown were saved, or null while they are not saved. */
  savedOn: string | null
  pending: boolean
  /** Why the last save failed, when it is not for the consent sheet or a field to say. */
  failure: string | null
  consentRefused: boolean
  onSave: () => void
}

/** Under the result: 保存到我的资料 (signing in first), when it was saved, or why it was not. */
export function GuideSave({ signedIn, savedOn, pending, failure, consentRefused, onSave }: Props) {
  return (
    <>
      {failure !== null && <Notice tone="error" message={T.saveFailed(failure)} actions={[{ label: T.saveAgain, onClick: onSave }]} />}
      {consentRefused && <Notice tone="info" message={T.consentRefused} />}
      {!signedIn ? (
        <Button className="btn btn--secondary btn--block" onClick={() => openPage(ROUTES.signIn)}>
          {T.signInToSave}
        </Button>
      ) : savedOn !== null ? (
        <Text className="text-secondary block">{T.savedAt(savedOn)}</Text>
      ) : (
        <Button className="btn btn--primary btn--block" disabled={pending} onClick={onSave}>
          {pending ? T.saving : T.save}
        </Button>
      )}
    </>
  )
}
