import { needPreview } from '@/domain/help'
import { maskAddress, maskNumbersInText, previewText } from '@/domain/masking'

describe('numbers typed into free text', () => {
  test.each([
    ['儿子电话13805711234，白天打', '儿子电话138****1234，白天打'],
    ['打 138 0571 1234 或 138-0571-1234', '打 138****1234 或 138****1234'],
    ['+86 13805711234', '138****1234'],
    ['家里0571-8888 6666', '家里0571-****6666'],
    ['座机（0571）88886666转801', '座机0571-****6666'],
    ['010-62345678', '010-****5678'],
    ['家里电话 8888 6666', '家里电话 ****6666'],
    ['家里电话88886666', '家里电话****6666'],
    ['身份证号33010619800101123X', '身份证号330106********123X'],
    ['身份证 330106 19800101 1234', '身份证 330106********1234'],
    ['身份证33010619800101123x', '身份证330106********123X'],
    ['１３８０５７１１２３４', '138****1234'],
  ])('%s → %s', (text, masked) => {
    expect(maskNumbersInText(text)).toBe(masked)
  })

  test('several numbers in one text are each masked', () => {
    expect(maskNumbersInText('找我13805711234或老伴13905712345，家里0571-88886666，身份证330106198001011234')).toBe(
      '找我138****1234或老伴139****2345，家里0571-****6666，身份证330106********1234',
    )
  })

  test.each([
    '2026-11-24上午9:30去医院',
    '2026年11月24日，11月25日也行',
    '20261124那天',
    '2026/11/24 09:30',
    '老伴82岁，每月药费3000元，住5幢1单元502室',
    '下午2点到4点，12幢301',
    '医保卡余额1200.50元',
  ])('leaves dates, times, ages, amounts and room numbers alone: %s', (text) => {
    expect(maskNumbersInText(text)).toBe(text)
  })

  test('a number is never left half shown by the cut of a preview', () => {
    const need = `${'我'.repeat(25)}电话13805711234`
    expect(previewText(need, 30)).toBe(`${'我'.repeat(25)}电话138…`)
    expect(previewText(need, 30)).not.toMatch(/\d{5}/)
    expect(needPreview('想请人陪我去医院，电话13805711234')).toBe('想请人陪我去医院，电话138****1234')
    expect(needPreview('短')).toBe('短')
  })
})

describe('addresses in lists keep the street and hide the door', () => {
  test.each([
    ['杭州市西湖区文三路478号华星时代广场A座1201室', '杭州市西湖区文三路****'],
    ['文一路5号301', '文一路****'],
    ['文一路', '文一路****'],
    ['翠苑街道文一西路98号', '翠苑街道文一西路****'],
    ['长乐路123弄4号', '长乐路****'],
    ['南山街道学士巷12号', '南山街道学士巷****'],
    ['文三路华星大厦', '文三路****'],
    ['天目山路五号', '天目山路****'],
  ])('with a street: %s → %s', (address, masked) => {
    expect(maskAddress(address)).toBe(masked)
  })

  test.each([
    ['杭州市西湖区翠苑一区12幢2单元301室', '杭州市西湖区翠苑一区****'],
    ['翠苑新村5幢', '翠苑新村****'],
    ['翠苑一区五幢三单元', '翠苑一区****'],
    ['12幢301', '****'],
    ['301室', '****'],
    ['华星时代广场A座1201', '****'],
    ['5号楼文一路', '****'],
  ])('with no street word: %s → %s', (address, masked) => {
    expect(maskAddress(address)).toBe(masked)
  })

  test('no address, nothing to show', () => {
    expect(maskAddress('')).toBe('')
    expect(maskAddress('   ')).toBe('')
  })
})
