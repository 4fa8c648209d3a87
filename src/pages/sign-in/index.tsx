import { Text, View } from '@tarojs/components'
import { Button } from '@/components/button'
import { ListState } from '@/components/list-state'
import { Notice } from '@/components/notice'
import { PageShell } from '@/components/page-shell'
import { goBack } from '@/navigation'
import { useSignIn } from '../model/use-sign-in'
import { SIGN_IN_TEXTS } from './texts'
import './index.scss'

export default function SignInPage() {
  const { identities, listState, currentId, pendingId, failure, choose } = useSignIn()

  return (
    <PageShell>
      <Text className="page-title">{SIGN_IN_TEXTS.title}</Text>
      <Text className="text-secondary block">{SIGN_IN_TEXTS.hint}</Text>
      <View className="row-gap" />
      {failure && <Notice tone="error" message={failure.message} actions={[{ label: '重试', onClick: failure.retry }]} />}
      <ListState {...listState}>
        {identities.map((identity) => (
          <View
            key={identity.id}
            className={`card sign-in__identity${identity.id === currentId ? ' sign-in__identity--current' : ''}`}
            role="button"
            onClick={() => choose(identity)}
          >
            <Text className="sign-in__label">{identity.label}</Text>
            <Text className="sign-in__name">
              {identity.name}
              {identity.id === currentId ? `（${SIGN_IN_TEXTS.current}）` : ''}
            </Text>
            <Text className="text-secondary">{pendingId === identity.id ? SIGN_IN_TEXTS.signingIn : identity.description}</Text>
          </View>
        ))}
      </ListState>
      <Button className="btn btn--secondary btn--block" onClick={goBack}>
        {SIGN_IN_TEXTS.skip}
      </Button>
    </PageShell>
  )
}
