import { browserTextScale, LARGE_TEXT_SCALE, prefersLargeText, weappTextScale } from '@/domain/text-size'

describe('text size the person chose outside the app', () => {
  it('WeChat: the scale factor when given, else the setting over the platform default', () => {
    expect(weappTextScale({ fontSizeScaleFactor: 1.4, fontSizeSetting: 16, platform: 'android' })).toBe(1.4)
    expect(weappTextScale({ fontSizeSetting: 20, platform: 'android' })).toBe(1.25)
    // iOS's default is 17 px: 20 px there is less of a step.
    expect(weappTextScale({ fontSizeSetting: 20, platform: 'ios' })).toBeCloseTo(20 / 17)
    expect(weappTextScale({ fontSizeScaleFactor: 0, fontSizeSetting: 0 })).toBe(1)
    expect(weappTextScale({})).toBe(1)
  })

  it('the browser: CSS medium over 16 px; anything unreadable is the default', () => {
    expect(browserTextScale(20)).toBe(1.25)
    expect(browserTextScale(16)).toBe(1)
    expect(browserTextScale(Number.NaN)).toBe(1)
    expect(browserTextScale(0)).toBe(1)
  })

  it('from a fifth larger than the default, the app starts in 长辈模式', () => {
    expect(LARGE_TEXT_SCALE).toBe(1.2)
    expect(prefersLargeText(1.19)).toBe(false)
    expect(prefersLargeText(1.2)).toBe(true)
    expect(prefersLargeText(weappTextScale({ fontSizeSetting: 20, platform: 'ios' }))).toBe(false)
    expect(prefersLargeText(weappTextScale({ fontSizeSetting: 21, platform: 'ios' }))).toBe(true)
    expect(prefersLargeText(browserTextScale(19.2))).toBe(true)
  })
})
