import Taro from '@tarojs/taro'
import { browserTextScale, weappTextScale, type WeappTextInfo } from '@/domain/text-size'

let cached: number | null = null

function readBrowserScale(): number {
  const probe = document.createElement('div')
  probe.style.cssText = 'font-size: medium; position: absolute; visibility: hidden'
  document.body.appendChild(probe)
  const px = parseFloat(getComputedStyle(probe).fontSize)
  probe.remove()
  return browserTextScale(px)
}

function readWeappScale(): number {
  // getAppBaseInfo (base library 2.25.3+) replaces getSystemInfoSync, which WeChat no longer maintains.
  const read = (Taro as unknown as { getAppBaseInfo?: () => WeappTextInfo }).getAppBaseInfo
  return weappTextScale(read ? read() : (Taro.getSystemInfoSync() as WeappTextInfo))
}

/**
 * How much larger than the platform's default the person has set text (1 = default), read once
 * per launch: WeChat restarts a mini-program after its font setting changes.
 */
export function systemTextScale(): number {
  if (cached === null) {
    try {
      cached = process.env.TARO_ENV === 'h5' ? readBrowserScale() : readWeappScale()
    } catch {
      cached = 1
    }
  }
  return cached
}

/** Tests: the scale the next reads answer (null reads the platform again). */
export function setSystemTextScaleForTesting(scale: number | null): void {
  cached = scale
}
