import { prefillFrom } from '@/features/help/model/request-prefill'

const NEED = '想签约家庭医生，请帮忙联系社区卫生服务中心。'

describe('prefillFrom: 我要求助 filled in from a link', () => {
  it('takes a known type and the need, escaped (weapp) or not (H5)', () => {
    expect(prefillFrom({ type: 'medical', need: encodeURIComponent(NEED) })).toEqual({ type: 'medical', need: NEED })
    expect(prefillFrom({ type: 'insurance', need: NEED })).toEqual({ type: 'insurance', need: NEED })
  })

  it('leaves out a type the form does not offer, and an empty or blank need', () => {
    expect(prefillFrom({ type: 'legal', need: NEED })).toEqual({ need: NEED })
    expect(prefillFrom({ type: 'constructor' })).toEqual({})
    expect(prefillFrom({ type: 'medical', need: '   ' })).toEqual({ type: 'medical' })
    expect(prefillFrom({})).toEqual({})
  })

  it('drops a malformed escape (a hand-edited link) rather than failing', () => {
    expect(prefillFrom({ type: 'medical', need: '%E4%B' })).toEqual({ type: 'medical' })
  })
})
