import { requestSubscription } from '@/privacy/gated-apis'

const TEMPLATE = process.env.TARO_APP_SUBSCRIBE_TEMPLATE_SESSION || 'demo-room-session-change'

/** Only WeChat has 订阅消息; elsewhere the in-app message is the channel. */
export const canAskForSessionNotice = process.env.TARO_ENV === 'weapp'

/**
 * On weapp, asks the family from the booking tap for WeChat's one-time 订阅消息, so a cancelled or
 * moved session reaches them outside the app too. Whatever the answer, the in-app message is
 * sent; a refusal or H5 simply books without it.
 */
export async function askForSessionNotice(): Promise<'subscribe' | undefined> {
  if (!canAskForSessionNotice) return undefined
  const answer = await requestSubscription(TEMPLATE)
  return answer.ok && answer.value ? 'subscribe' : undefined
}
