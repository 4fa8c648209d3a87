import Taro from '@tarojs/taro'

/**
 * The one place the app asks for privacy-gated device features (location, phone calls, the
 * clipboard, maps). Each call is made only from a user's tap, never on a first screen; a
 * refusal or a missing feature comes back as a result with a Chinese message, never a throw.
 * H5 feature-detects instead of assuming the browser has what WeChat has.
 */
export type Gated<T> = { ok: true; value: T } | { ok: false; reason: 'denied' | 'unsupported' | 'failed'; message: string }

export interface Position {
  latitude: number
  longitude: number
}

const IS_H5 = process.env.TARO_ENV === 'h5'

const refused = (message: string): Gated<never> => ({ ok: false, reason: 'denied', message })
const failed = (message: string): Gated<never> => ({ ok: false, reason: 'failed', message })

function browserPosition(): Promise<Gated<Position>> {
  if (typeof navigator === 'undefined' || !navigator.geolocation) {
    return Promise.resolve({ ok: false, reason: 'unsupported', message: '当前浏览器不支持定位' })
  }
  return new Promise((resolve) => {
    navigator.geolocation.getCurrentPosition(
      (position) => resolve({ ok: true, value: { latitude: position.coords.latitude, longitude: position.coords.longitude } }),
      (error) =>
        resolve(error.code === error.PERMISSION_DENIED ? refused('您未允许获取位置') : failed('暂时无法获取位置')),
      { timeout: 8000, maximumAge: 5 * 60_000 },
    )
  })
}

/** The user's position for sorting by distance; used only for that and not stored. */
export async function requestLocation(): Promise<Gated<Position>> {
  if (IS_H5) return browserPosition()
  try {
    const { latitude, longitude } = await Taro.getLocation({ type: 'gcj02' })
    return { ok: true, value: { latitude, longitude } }
  } catch (error) {
    const text = String((error as { errMsg?: string })?.errMsg ?? '')
    if (/auth|deny|denied/i.test(text)) return refused('您未允许获取位置，可在右上角“…→设置”中开启')
    return failed('暂时无法获取位置')
  }
}

export async function callPhone(phoneNumber: string): Promise<Gated<void>> {
  try {
    await Taro.makePhoneCall({ phoneNumber })
    return { ok: true, value: undefined }
  } catch (error) {
    const text = String((error as { errMsg?: string })?.errMsg ?? '')
    // Dismissing the call sheet is not an error worth telling the user about.
    if (/cancel/i.test(text)) return { ok: true, value: undefined }
    return failed(`无法拨号，请手动拨打 ${phoneNumber}`)
  }
}

export async function copyText(data: string): Promise<Gated<void>> {
  try {
    await Taro.setClipboardData({ data })
    return { ok: true, value: undefined }
  } catch {
    return failed('复制失败，请长按文字手动复制')
  }
}

/** Opens the map app on weapp; H5 has none, so callers show the address and a copy button. */
export const canOpenMap = !IS_H5

export async function openMap(place: Position & { name: string; address: string }): Promise<Gated<void>> {
  if (!canOpenMap) return { ok: false, reason: 'unsupported', message: '请复制地址到地图应用中导航' }
  try {
    const { latitude, longitude, name, address } = place
    await Taro.openLocation({ latitude, longitude, name, address, scale: 16 })
    return { ok: true, value: undefined }
  } catch {
    return failed('无法打开地图，请复制地址导航')
  }
}

/** Shows a gated call's failure as a toast; successful calls speak for themselves. */
export function toastIfFailed(result: Gated<unknown>): void {
  if (!result.ok) void Taro.showToast({ title: result.message, icon: 'none', duration: 2500 })
}

/**
 * Asks WeChat for a one-time 订阅消息 of `templateId`. WeChat allows this only from a tap, and the
 * person may refuse; H5 has no such thing, and the in-app message is what they get there.
 * Answers whether they accepted.
 */
export async function requestSubscription(templateId: string): Promise<Gated<boolean>> {
  if (IS_H5) return { ok: false, reason: 'unsupported', message: '浏览器中通过小程序内消息通知' }
  try {
    // Taro's typing demands entityIds (a WeChat plug-in field) and hides the per-template answers.
    const answer = (await Taro.requestSubscribeMessage({ tmplIds: [templateId] } as never)) as unknown as Record<string, string>
    return { ok: true, value: answer[templateId] === 'accept' }
  } catch {
    return failed('暂时无法开启微信通知，会在小程序内通知您')
  }
}
