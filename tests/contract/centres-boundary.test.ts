import { visitErrors, type VisitField } from '@/domain/centres'
import { expectServiceError } from '../support/expect-error'
import { describeContract } from '../support/transports'

// What the centres area refuses at its boundary (issue 13): the data-set switch needs a session,
// every search filter is a closed set or a bounded number, visit requests and cancellations are
// checked field by field before anything is kept, and names Object.prototype carries are never
// read as ids or enum values. The clock is Tuesday 2026-11-24; ctr-0001 takes 12–36 months.
const VISIT = { centreId: 'ctr-0001', date: '2026-11-25', slot: 'morning', phone: '13857161234', childAgeMonths: 14 }
const PROTOTYPE_NAMES = ['__proto__', 'constructor', 'toString', 'hasOwnProperty']
const LONG = 'x'.repeat(100_000)

interface Page {
  total: number
  pageSize: number
  items: Array<{ id: string }>
}
interface Visit {
  id: string
  status: string
}

describeContract('托育机构 centres: what the boundary refuses', (h) => {
  const search = async (payload: unknown) => (await h().rawCall('centres.search', payload)) as Page
  const myVisits = async () => (await h().rawCall('centres.myVisits')) as Visit[]

  describe('switching the data set', () => {
    it('needs a session, and a signed-out call changes nothing', async () => {
      await expectServiceError(h().rawCall('centres.useDataset', { size: 5000 }), 'UNAUTHENTICATED')
      expect((await search({})).total).toBe(200)
    })

    it('takes only the two data sets there are', async () => {
      await h().signInAs('u-parent')
      for (const size of [1000, '5000', null, ...PROTOTYPE_NAMES]) {
        await expectServiceError(h().rawCall('centres.useDataset', { size }), 'VALIDATION')
      }
      expect((await search({})).total).toBe(200)
      expect(await h().rawCall('centres.useDataset', { size: 5000 })).toEqual({ size: 5000 })
      expect((await search({})).total).toBe(5000)
    })
  })

  describe('search filters', () => {
    it.each([
      ['an unknown care mode', { mode: 'overnight' }, '请选择托育类型'],
      ['an unknown host type', { hostType: 'foreign' }, '请选择举办性质'],
      ['an unknown organisation form', { orgForm: 'school' }, '请选择机构形式'],
      ['an unknown filing status', { filing: 'revoked' }, '请选择备案情况'],
      ['an unknown sort', { sort: 'rating' }, '请选择排序方式'],
      ['a district outside the city', { district: '朝阳区' }, '请选择所在区'],
      ['an empty district', { district: '' }, '请选择所在区'],
      ['an age over 36 months', { ageMonths: 99 }, '孩子月龄不能大于36'],
      ['a negative age', { ageMonths: -1 }, '孩子月龄不能小于0'],
      ['an age in part-months', { ageMonths: 1.5 }, '孩子月龄应为整数'],
      ['an age as text', { ageMonths: '14' }, '孩子月龄应为数字'],
      ['a negative fee', { feeMin: -1 }, '最低费用不能小于0'],
      ['a huge fee', { feeMax: 1e12 }, '最高费用不能大于100000'],
      ['page 0', { page: 0 }, '页码不能小于1'],
      ['a page far past any data', { page: 1e9 }, '页码不能大于10000'],
      ['more than 50 a page', { pageSize: 500 }, '每页条数不能大于50'],
      ['an empty page', { pageSize: 0 }, '每页条数不能小于1'],
      ['a keyword over 40 characters', { keyword: '托'.repeat(41) }, '最多40个字，已超出1个字，请删减'],
      ['a keyword of 100,000 characters', { keyword: LONG }, '最多40个字，已超出99960个字，请删减'],
      ['a keyword that is not text', { keyword: { $ne: '' } }, '关键词应为文字'],
      ['a yes/no that is text', { inclusive: 'yes' }, '普惠应为是或否'],
      ['a latitude off the globe', { sort: 'distance', origin: { latitude: 200, longitude: 120.1 } }, '纬度不能大于90'],
      ['a location that is not one', { sort: 'distance', origin: '翠苑' }, '位置格式不正确'],
    ])('refuses %s with words that say what to fix', async (_, payload, message) => {
      const error = await expectServiceError(search(payload), 'VALIDATION')
      expect(error.message).toBe(message)
    })

    it('refuses names from Object.prototype as filter values', async () => {
      for (const name of PROTOTYPE_NAMES) {
        for (const key of ['mode', 'hostType', 'orgForm', 'filing', 'sort', 'district']) {
          await expectServiceError(search({ [key]: name }), 'VALIDATION')
        }
      }
    })

    it('still takes every value at the edges, trims the keyword and drops fields it does not know', async () => {
      expect((await search({ keyword: '托'.repeat(40) })).total).toBe(0)
      expect((await search({ pageSize: 50 })).items).toHaveLength(50)
      expect((await search({ ageMonths: 0 })).total).toBeGreaterThan(0)
      expect((await search({ ageMonths: 36 })).total).toBeGreaterThan(0)
      expect((await search({ feeMin: 0, feeMax: 100_000 })).total).toBeGreaterThan(0)
      const trimmed = await search({ keyword: '  翠苑  ' })
      expect(trimmed.total).toBeGreaterThan(0)
      expect(trimmed).toEqual(await search({ keyword: '翠苑' }))
      expect(await search({ district: '西湖区', colour: 'red' })).toEqual(await search({ district: '西湖区' }))
    })
  })

  describe('visit requests', () => {
    const ask = (patch: Record<string, unknown>, key = `v-${Object.keys(patch).join('-')}`) => h().rawCall('centres.requestVisit', { ...VISIT, ...patch }, { idempotencyKey: key })

    it.each([
      ['a phone number as an object', { phone: { toString: '13857161234' } }, 'phone'],
      ['a phone number as a number', { phone: 13857161234 }, 'phone'],
      ['a phone number in a list', { phone: ['13857161234'] }, 'phone'],
      ['a phone number of 100,000 characters', { phone: LONG }, 'phone'],
      ['a phone number with markup', { phone: '<b>13857161234</b>' }, 'phone'],
      ['a date that does not exist', { date: '2027-02-29' }, 'date'],
      ['a date in a list', { date: ['2026-11-25'] }, 'date'],
      ['a date with markup', { date: '<i>2026-11-25</i>' }, 'date'],
      ['a date as a number', { date: 20261125 }, 'date'],
      ['a half-day in a list', { slot: ['morning'] }, 'slot'],
      ['a half-day that is a prototype name', { slot: '__proto__' }, 'slot'],
      ['an age as text', { childAgeMonths: '14' }, 'childAgeMonths'],
      ['an age in part-months', { childAgeMonths: 14.5 }, 'childAgeMonths'],
      ['a huge age', { childAgeMonths: 1e9 }, 'childAgeMonths'],
      ['a centre as an object', { centreId: { id: 'ctr-0001' } }, 'centreId'],
      ['a centre with markup', { centreId: '<script>ctr-0001</script>' }, 'centreId'],
      ['a centre with an emoji', { centreId: 'ctr-0001🙂' }, 'centreId'],
    ])('refuses %s at its field, and keeps nothing', async (_, patch, field) => {
      await h().signInAs('u-parent')
      const error = await expectServiceError(ask(patch), 'VALIDATION')
      expect(error.fieldErrors?.[field]).toMatch(/[\u4e00-\u9fa5]/)
      expect(await myVisits()).toEqual([])
    })

    it('refuses a payload that is not a request', async () => {
      await h().signInAs('u-parent')
      for (const payload of [null, [], 'ctr-0001', { centreId: 'ctr-0001' }]) {
        await expectServiceError(h().rawCall('centres.requestVisit', payload, { idempotencyKey: 'v-odd' }), 'VALIDATION')
      }
      expect(await myVisits()).toEqual([])
    })

    it('answers a centre named after Object.prototype as not there, never as a fault', async () => {
      await h().signInAs('u-parent')
      for (const name of PROTOTYPE_NAMES) {
        const error = await h().rawCall('centres.requestVisit', { ...VISIT, centreId: name }, { idempotencyKey: `v-${name}` }).catch((caught: { code: string }) => caught)
        expect(['VALIDATION', 'NOT_FOUND']).toContain((error as { code: string }).code)
      }
      expect(await myVisits()).toEqual([])
    })

    it('drops fields it does not know: a request cannot make itself confirmed or someone else’s', async () => {
      await h().signInAs('u-parent')
      const made = (await ask({ status: 'confirmed', userId: 'u-parent-2', id: 'visit-1' }, 'v-extra')) as Visit
      expect(made.status).toBe('pending')
      await h().signInAs('u-parent-2')
      expect(await myVisits()).toEqual([])
    })

    // The schema refuses what is malformed; what a person can get wrong is the domain's to word,
    // as the form words it (src/domain/centres.ts visitErrors).
    it.each([
      ['no date', { date: '' }, 'date'],
      ['a Saturday', { date: '2026-11-28' }, 'date'],
      ['today', { date: '2026-11-24' }, 'date'],
      ['no half-day', { slot: '' }, 'slot'],
      ['no phone number', { phone: '' }, 'phone'],
      ['a short phone number', { phone: '12345' }, 'phone'],
      ['a phone number with letters', { phone: '138abc61234' }, 'phone'],
      ['no age', { childAgeMonths: null }, 'childAgeMonths'],
      ['a negative age', { childAgeMonths: -1 }, 'childAgeMonths'],
      ['an age over 36 months', { childAgeMonths: 40 }, 'childAgeMonths'],
      ['a child too young for the centre', { childAgeMonths: 6 }, 'childAgeMonths'],
    ])('says what the form says for %s', async (_, patch, field) => {
      await h().signInAs('u-parent')
      const input = { ...VISIT, ...patch }
      const expected = visitErrors({ ...input, childAgeMonths: input.childAgeMonths ?? null }, '2026-11-24', { ageMin: 12, ageMax: 36 })
      const error = await expectServiceError(ask(patch), 'VALIDATION')
      expect(error.fieldErrors?.[field]).toBe(expected[field as VisitField])
    })
  })

  describe('cancelling a visit', () => {
    it('refuses an id that is not one, and leaves the visit standing', async () => {
      await h().signInAs('u-parent')
      const mine = (await h().rawCall('centres.requestVisit', VISIT, { idempotencyKey: 'v-1' })) as Visit
      for (const id of [{ id: mine.id }, [mine.id], 42, null, LONG, '<b>visit-1</b>']) {
        await expectServiceError(h().rawCall('centres.cancelVisit', { id }, { idempotencyKey: `c-${JSON.stringify(id).slice(0, 20)}` }), 'VALIDATION')
      }
      expect((await myVisits()).map((visit) => visit.status)).toEqual(['pending'])
    })
  })

  describe('ids named after Object.prototype', () => {
    it('answer NOT_FOUND or VALIDATION everywhere, and Object.prototype is left alone', async () => {
      const before = Object.getOwnPropertyNames(Object.prototype).sort()
      const codes: string[] = []
      const attempt = async (method: string, payload: unknown, key?: string) => {
        try {
          await h().rawCall(method, payload, { idempotencyKey: key })
          codes.push(`${method}: answered`)
        } catch (caught) {
          codes.push((caught as { code: string }).code)
        }
      }
      for (const name of PROTOTYPE_NAMES) await attempt('centres.centre', { id: name })
      await h().signInAs('u-parent')
      for (const name of PROTOTYPE_NAMES) {
        await attempt('centres.centre', { id: name })
        await attempt('centres.favourite', { id: name, on: true }, `f-${name}`)
        await attempt('centres.cancelVisit', { id: name }, `c-${name}`)
      }
      expect(codes.filter((code) => code !== 'NOT_FOUND' && code !== 'VALIDATION')).toEqual([])
      expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before)
      expect(({} as Record<string, unknown>).favourite).toBeUndefined()
      expect(await h().rawCall('centres.favourites')).toEqual([])
    })
  })
})
