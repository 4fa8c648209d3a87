/**
 * 长辈模式 follows the person's own text size when they have not chosen in the app: WeChat's
 * 关怀模式 / 字体大小 on weapp, the browser's text size on H5. Both are read as a scale of the
 * platform's default (WeChat's defaults: 16 px on Android, 17 px on iOS).
 */
export const LARGE_TEXT_SCALE = 1.2

const DEFAULT_PX = { ios: 17, other: 16 }

export interface WeappTextInfo {
  /** wx.getAppBaseInfo().fontSizeScaleFactor: the newer, direct figure. */
  fontSizeScaleFactor?: number
  /** 我 - 设置 - 通用 - 字体大小, in px. */
  fontSizeSetting?: number
  platform?: string
}

/** The text scale WeChat reports: its factor when it gives one, else the setting over the default; 1 if neither. */
export function weappTextScale(info: WeappTextInfo): number {
  if (typeof info.fontSizeScaleFactor === 'number' && info.fontSizeScaleFactor > 0) return info.fontSizeScaleFactor
  if (typeof info.fontSizeSetting === 'number' && info.fontSizeSetting > 0) {
    return info.fontSizeSetting / (info.platform === 'ios' ? DEFAULT_PX.ios : DEFAULT_PX.other)
  }
  return 1
}

/** The browser's default text size (CSS `medium`, px) as a scale of the usual 16 px; 1 if unreadable. */
export function browserTextScale(mediumPx: number): number {
  return Number.isFinite(mediumPx) && mediumPx > 0 ? mediumPx / 16 : 1
}

/** Text set at least a fifth larger than the default: start in 长辈模式. */
export function prefersLargeText(scale: number): boolean {
  return scale >= LARGE_TEXT_SCALE - 1e-9
}
