import { generateCentres } from '../../mock/areas/centres/generator'
import { searchCentres } from '../../mock/areas/centres/search'
import { matchesCentre } from '@/domain/centres'
import type { CentreSearchInput, CentreSummary, VisitInput } from '@/contract/centres'
import { expectServiceError } from '../support/expect-error'
import { describeContract } from '../support/transports'

// The clock is Tuesday 2026-11-24 10:00. ctr-0001 is 禾苗家庭托育点（湖滨）, 上城区, 12–36 months,
// 全日托 4100 / 半日托 2550 元/月. Wednesday 2026-11-25 is the earliest day a visit can be asked for.
const CITY = generateCentres(200)
const FIRST = 'ctr-0001'
const ORIGIN = { latitude: 30.2838, longitude: 120.1296 } // 翠苑, 西湖区
const visit = (patch: Partial<VisitInput> = {}): VisitInput => ({
  centreId: FIRST,
  date: '2026-11-25',
  slot: 'morning',
  phone: '13857161234',
  childAgeMonths: 14,
  ...patch,
})

describeContract('托育机构 centres', (h) => {
  const search = (query: CentreSearchInput, page?: number, pageSize?: number) => h().call('centres.search', { ...query, page, pageSize })
  const asParent = async () => h().signInAs('u-parent')

  /** Every page of a search, 50 at a time. */
  async function everything(query: CentreSearchInput): Promise<CentreSummary[]> {
    const items: CentreSummary[] = []
    for (let page = 1; ; page += 1) {
      const result = await search(query, page, 50)
      items.push(...result.items)
      if (!result.hasMore) return items
    }
  }

  describe('search', () => {
    it('pages through the 200 centres twenty at a time', async () => {
      const first = await search({})
      expect(first).toMatchObject({ total: 200, page: 1, pageSize: 20, hasMore: true, distanceUnavailable: false })
      expect(first.items).toHaveLength(20)
      expect(first.items.map((c) => c.id)).toEqual(searchCentres(CITY, {}).matches.slice(0, 20).map((c) => c.id))

      const second = await search({}, 2)
      expect(second.items).toHaveLength(20)
      expect(second.items.map((c) => c.id)).toEqual(searchCentres(CITY, {}).matches.slice(20, 40).map((c) => c.id))

      const last = await search({}, 10)
      expect(last).toMatchObject({ page: 10, hasMore: false })
      expect(last.items).toHaveLength(20)
      expect((await search({}, 11)).items).toEqual([])

      const all = await everything({})
      expect(all).toHaveLength(200)
      expect(new Set(all.map((c) => c.id)).size).toBe(200)
    })

    // Issue 13: more than 50 a page is refused rather than quietly capped (centres-boundary.test.ts).
    it('gives at most 50 a page', async () => {
      const big = await search({}, 1, 50)
      expect(big.pageSize).toBe(50)
      expect(big.items).toHaveLength(50)
      await expectServiceError(search({}, 1, 500), 'VALIDATION')
    })

    it('gives each result a summary with its comparable fee, in 元/月 unless a mode is chosen', async () => {
      const { items } = await search({ keyword: '禾苗家庭托育点（湖滨）' })
      const first = items.find((c) => c.id === FIRST)!
      expect(first).toMatchObject({ name: '禾苗家庭托育点（湖滨）', district: '上城区', ageMin: 12, ageMax: 36, fee: 2550, feeUnit: '元/月', distanceKm: null })
      const hourly = await search({ mode: 'hourly' })
      expect(hourly.items.length).toBeGreaterThan(0)
      for (const c of hourly.items) {
        expect(c.feeUnit).toBe('元/小时')
        expect(c.fee).toBe(CITY.find((x) => x.id === c.id)!.fees.hourly)
      }
    })

    it('filters over the wire and counts each chip', async () => {
      const query: CentreSearchInput = { district: '西湖区', inclusive: true, hasPlaces: true, ageMonths: 18 }
      const result = await search(query, 1, 50)
      const expected = CITY.filter((c) => matchesCentre(c, query))
      expect(expected.length).toBeGreaterThan(3)
      expect(result.total).toBe(expected.length)
      for (const item of result.items) {
        expect(item).toMatchObject({ district: '西湖区', inclusive: true })
        expect(item.placesFree).toBeGreaterThan(0)
        expect(item.ageMin).toBeLessThanOrEqual(18)
        expect(item.ageMax).toBeGreaterThanOrEqual(18)
      }
      expect(result.facets).toEqual(searchCentres(CITY, query).facets)
      expect(result.facets.district['西湖区']).toBe(result.total)

      // A chip's count is the total when it is chosen.
      for (const district of ['滨江区', '临安区'] as const) {
        expect((await search({ ...query, district })).total).toBe(result.facets.district[district])
      }
      expect((await search({ ...query, hasPlaces: undefined })).total).toBe(result.facets.hasPlaces.all)
      expect((await search({ ...query, hostType: 'public' })).total).toBe(result.facets.hostType.public)
    })

    it('matches keywords, fee ranges and filing status', async () => {
      const byKeyword = await everything({ keyword: '西湖区 托育' })
      expect(byKeyword.length).toBeGreaterThan(0)
      for (const c of byKeyword) {
        expect(`${c.name} ${c.address} ${c.street}`).toContain('西湖区')
        expect(`${c.name} ${c.address} ${c.street}`).toContain('托育')
      }
      expect(byKeyword.map((c) => c.id).sort()).toEqual(CITY.filter((c) => matchesCentre(c, { keyword: '西湖区 托育' })).map((c) => c.id).sort())

      const cheap = await everything({ mode: 'full-day', feeMin: 2500, feeMax: 3000 })
      expect(cheap.length).toBeGreaterThan(0)
      for (const c of cheap) {
        expect(c.fee).toBeGreaterThanOrEqual(2500)
        expect(c.fee).toBeLessThanOrEqual(3000)
      }

      const pending = await search({ filing: 'pending' })
      expect(pending.total).toBe(CITY.filter((c) => c.filingStatus === 'pending').length)
      for (const c of pending.items) expect(c.filingStatus).toBe('pending')
    })

    // Issue 13: a value the search does not know is refused with what to fix, no longer ignored.
    it('refuses values it does not know rather than ignoring them', async () => {
      const error = await expectServiceError(h().rawCall('centres.search', { district: '', mode: 'overnight', hostType: 'foreign', sort: 'rating' }), 'VALIDATION')
      expect(error.message).toBe('请选择所在区')
    })

    it('sorts by fee, cheapest first, centres without a monthly fee last', async () => {
      const items = await everything({ sort: 'fee' })
      expect(items).toHaveLength(200)
      const fees = items.map((c) => c.fee)
      const firstNull = fees.indexOf(null)
      expect(firstNull).toBeGreaterThan(0) // some centres only offer 计时托
      expect(fees.slice(firstNull).every((fee) => fee === null)).toBe(true)
      const known = fees.slice(0, firstNull) as number[]
      for (let i = 1; i < known.length; i += 1) expect(known[i]).toBeGreaterThanOrEqual(known[i - 1])
    })

    it('sorts by distance from a location, nearest first, with the distance in km', async () => {
      const result = await search({ sort: 'distance', origin: ORIGIN }, 1, 50)
      expect(result.distanceUnavailable).toBe(false)
      const km = result.items.map((c) => c.distanceKm)
      for (const d of km) expect(typeof d).toBe('number')
      for (let i = 1; i < km.length; i += 1) expect(km[i]!).toBeGreaterThanOrEqual(km[i - 1]!)
      expect(km[0]!).toBeLessThan(2)
      expect(result.items[0].district).toBe('西湖区')
      // One decimal place.
      for (const d of km) expect(Math.round(d! * 10) / 10).toBe(d)
    })

    it('says so when asked to sort by distance without a location, and keeps the default order', async () => {
      const result = await search({ sort: 'distance' })
      expect(result.distanceUnavailable).toBe(true)
      for (const c of result.items) expect(c.distanceKm).toBeNull()
      const plain = await search({})
      expect(result.items.map((c) => c.id)).toEqual(plain.items.map((c) => c.id))
    })

    it('searches 5,000 centres after useDataset(5000), and back', async () => {
      await asParent()
      expect(await h().call('centres.useDataset', { size: 5000 })).toEqual({ size: 5000 })
      const large = await search({})
      expect(large).toMatchObject({ total: 5000, hasMore: true })
      expect((await h().call('centres.centre', { id: 'ctr-4321' })).id).toBe('ctr-4321')
      const filtered = await search({ district: '临安区', hasPlaces: true })
      expect(filtered.total).toBeGreaterThan(100)
      expect(filtered.total).toBeLessThan(500)

      expect(await h().call('centres.useDataset', { size: 200 })).toEqual({ size: 200 })
      expect((await search({})).total).toBe(200)
      await expectServiceError(h().call('centres.centre', { id: 'ctr-4321' }), 'NOT_FOUND')
    })
  })

  describe('centre page', () => {
    it('gives every detail of a centre', async () => {
      const centre = await h().call('centres.centre', { id: FIRST })
      expect(centre).toMatchObject({ ...CITY[0], favourite: false })
      expect(centre.name).toBe('禾苗家庭托育点（湖滨）')
      expect(centre.filingNo).toMatch(/托备/)
      expect(centre.phone).toMatch(/^0571-8\d{7}$/)
    })

    it('answers NOT_FOUND for an unknown centre', async () => {
      await expectServiceError(h().call('centres.centre', { id: 'ctr-9999' }), 'NOT_FOUND')
      // Issue 13: what cannot be a centre's id at all is refused before any lookup.
      await expectServiceError(h().call('centres.centre', { id: '' }), 'VALIDATION')
      await expectServiceError(h().rawCall('centres.centre', { id: 42 }), 'VALIDATION')
    })
  })

  describe('favourites', () => {
    it('need sign-in', async () => {
      await expectServiceError(h().call('centres.favourite', { id: FIRST, on: true }, { idempotencyKey: 'fav' }), 'UNAUTHENTICATED')
      await expectServiceError(h().call('centres.favourites'), 'UNAUTHENTICATED')
    })

    it('need an idempotency key', async () => {
      await asParent()
      await expectServiceError(h().rawCall('centres.favourite', { id: FIRST, on: true }), 'VALIDATION')
      expect(await h().call('centres.favourites')).toEqual([])
    })

    it('are added once, listed newest first, shown on the centre, and removed', async () => {
      await asParent()
      expect(await h().call('centres.favourite', { id: FIRST, on: true }, { idempotencyKey: 'fav-1' })).toEqual({ favourite: true })
      expect(await h().call('centres.favourite', { id: FIRST, on: true }, { idempotencyKey: 'fav-1' })).toEqual({ favourite: true }) // a retry
      expect(await h().call('centres.favourite', { id: FIRST, on: true }, { idempotencyKey: 'fav-2' })).toEqual({ favourite: true }) // a second tap on 收藏
      expect(await h().call('centres.favourite', { id: 'ctr-0002', on: true }, { idempotencyKey: 'fav-3' })).toEqual({ favourite: true })

      const listed = await h().call('centres.favourites')
      expect(listed.map((c) => c.id)).toEqual(['ctr-0002', FIRST])
      expect(listed[1]).toMatchObject({ name: '禾苗家庭托育点（湖滨）', fee: 2550, feeUnit: '元/月' })
      expect((await h().call('centres.centre', { id: FIRST })).favourite).toBe(true)

      expect(await h().call('centres.favourite', { id: FIRST, on: false }, { idempotencyKey: 'unfav-1' })).toEqual({ favourite: false })
      expect(await h().call('centres.favourite', { id: FIRST, on: false }, { idempotencyKey: 'unfav-2' })).toEqual({ favourite: false })
      // Replaying the first key answers as before and changes nothing.
      expect(await h().call('centres.favourite', { id: FIRST, on: true }, { idempotencyKey: 'fav-1' })).toEqual({ favourite: true })
      expect((await h().call('centres.favourites')).map((c) => c.id)).toEqual(['ctr-0002'])
      expect((await h().call('centres.centre', { id: FIRST })).favourite).toBe(false)
    })

    it('are each family’s own', async () => {
      await asParent()
      await h().call('centres.favourite', { id: FIRST, on: true }, { idempotencyKey: 'fav' })
      await h().signInAs('u-parent-2')
      expect(await h().call('centres.favourites')).toEqual([])
      expect((await h().call('centres.centre', { id: FIRST })).favourite).toBe(false)
      h().signOutLocally()
      expect((await h().call('centres.centre', { id: FIRST })).favourite).toBe(false)
    })

    it('refuse an unknown centre', async () => {
      await asParent()
      await expectServiceError(h().call('centres.favourite', { id: 'ctr-9999', on: true }, { idempotencyKey: 'fav' }), 'NOT_FOUND')
    })
  })

  describe('visits', () => {
    it('need sign-in', async () => {
      await expectServiceError(h().call('centres.requestVisit', visit(), { idempotencyKey: 'v' }), 'UNAUTHENTICATED')
      await expectServiceError(h().call('centres.myVisits'), 'UNAUTHENTICATED')
    })

    it('are validated field by field', async () => {
      await asParent()
      const wrong = await expectServiceError(
        h().call('centres.requestVisit', visit({ date: '2026-11-28', phone: '12345', childAgeMonths: 40 }), { idempotencyKey: 'v-wrong' }),
        'VALIDATION',
      )
      expect(wrong.fieldErrors?.date).toBe('周末不安排参观，请选择工作日')
      expect(wrong.fieldErrors?.phone).toBe('手机号码应为11位')
      expect(wrong.fieldErrors?.childAgeMonths).toBe('请填写孩子的月龄（0–36个月）')
      expect(wrong.fieldErrors?.slot).toBeUndefined()

      const today = await expectServiceError(h().call('centres.requestVisit', visit({ date: '2026-11-24' }), { idempotencyKey: 'v-today' }), 'VALIDATION')
      expect(today.fieldErrors?.date).toBe('最早可预约明天参观')
      const young = await expectServiceError(h().call('centres.requestVisit', visit({ childAgeMonths: 6 }), { idempotencyKey: 'v-young' }), 'VALIDATION')
      expect(young.fieldErrors?.childAgeMonths).toBe('这家机构招收12–36个月的孩子')
      const noSlot = await expectServiceError(h().rawCall('centres.requestVisit', { ...visit(), slot: 'night' }, { idempotencyKey: 'v-slot' }), 'VALIDATION')
      expect(noSlot.fieldErrors?.slot).toBeTruthy()
      const noAge = await expectServiceError(h().rawCall('centres.requestVisit', { ...visit(), childAgeMonths: null }, { idempotencyKey: 'v-age' }), 'VALIDATION')
      expect(noAge.fieldErrors?.childAgeMonths).toBeTruthy()

      await expectServiceError(h().call('centres.requestVisit', visit({ centreId: 'ctr-9999' }), { idempotencyKey: 'v-none' }), 'NOT_FOUND')
      expect(await h().call('centres.myVisits')).toEqual([])
    })

    it('are asked for once per key, with the phone masked, and listed', async () => {
      await asParent()
      const first = await h().call('centres.requestVisit', visit({ phone: '138 5716 1234', slot: 'afternoon' }), { idempotencyKey: 'visit-key' })
      expect(first).toMatchObject({
        centreId: FIRST,
        date: '2026-11-25',
        slot: 'afternoon',
        childAgeMonths: 14,
        status: 'pending',
        phoneMasked: '138****1234',
        centreName: '禾苗家庭托育点（湖滨）',
        centreAddress: CITY[0].address,
        centrePhone: CITY[0].phone,
        createdAt: '2026-11-24T02:00:00.000Z',
      })
      const retry = await h().call('centres.requestVisit', visit({ phone: '138 5716 1234', slot: 'afternoon' }), { idempotencyKey: 'visit-key' })
      expect(retry).toEqual(first)

      const mine = await h().call('centres.myVisits')
      expect(mine).toHaveLength(1)
      expect(mine[0]).toEqual(first)
    })

    // Only the masked number comes back; the full one stays with the centre.
    it('does not send the full phone number back in the visit', async () => {
      await asParent()
      const dto = await h().call('centres.requestVisit', visit(), { idempotencyKey: 'visit-key' })
      expect(dto.phoneMasked).toBe('138****1234')
      expect(JSON.stringify(dto)).not.toContain('13857161234')
      expect(JSON.stringify(await h().call('centres.myVisits'))).not.toContain('13857161234')
    })

    it('refuses a second pending visit to the same centre, but not to another one', async () => {
      await asParent()
      await h().call('centres.requestVisit', visit(), { idempotencyKey: 'v-1' })
      const again = await expectServiceError(h().call('centres.requestVisit', visit({ date: '2026-11-26' }), { idempotencyKey: 'v-2' }), 'CONFLICT')
      expect(again.message).toContain('2026-11-25')
      const other = await h().call('centres.requestVisit', visit({ centreId: 'ctr-0002', childAgeMonths: CITY[1].ageMin }), { idempotencyKey: 'v-3' })
      expect(other.status).toBe('pending')
      expect(await h().call('centres.myVisits')).toHaveLength(2)
    })

    it('are listed newest first and only to their owner', async () => {
      await asParent()
      const older = await h().call('centres.requestVisit', visit(), { idempotencyKey: 'v-1' })
      h().clock.advance(60_000)
      const newer = await h().call('centres.requestVisit', visit({ centreId: 'ctr-0002', childAgeMonths: CITY[1].ageMin }), { idempotencyKey: 'v-2' })
      expect((await h().call('centres.myVisits')).map((v) => v.id)).toEqual([newer.id, older.id])

      await h().signInAs('u-parent-2')
      expect(await h().call('centres.myVisits')).toEqual([])
      // The same key from another family is another request.
      const theirs = await h().call('centres.requestVisit', visit({ phone: '13900001111' }), { idempotencyKey: 'v-1' })
      expect(theirs.id).not.toBe(older.id)
      expect(await h().call('centres.myVisits')).toHaveLength(1)
    })

    it('can be cancelled by their owner only, after which another can be asked for', async () => {
      await asParent()
      const mine = await h().call('centres.requestVisit', visit(), { idempotencyKey: 'v-1' })

      await h().signInAs('u-parent-2')
      await expectServiceError(h().call('centres.cancelVisit', { id: mine.id }, { idempotencyKey: 'c-other' }), 'NOT_FOUND')
      await expectServiceError(h().call('centres.cancelVisit', { id: 'visit-999' }, { idempotencyKey: 'c-none' }), 'NOT_FOUND')

      await asParent()
      expect((await h().call('centres.myVisits'))[0].status).toBe('pending')
      const cancelled = await h().call('centres.cancelVisit', { id: mine.id }, { idempotencyKey: 'c-1' })
      expect(cancelled).toMatchObject({ id: mine.id, status: 'cancelled', phoneMasked: '138****1234' })
      expect(await h().call('centres.cancelVisit', { id: mine.id }, { idempotencyKey: 'c-1' })).toEqual(cancelled)
      expect((await h().call('centres.myVisits')).map((v) => v.status)).toEqual(['cancelled'])

      const rebooked = await h().call('centres.requestVisit', visit({ date: '2026-11-27' }), { idempotencyKey: 'v-2' })
      expect(rebooked.status).toBe('pending')
      expect(await h().call('centres.myVisits')).toHaveLength(2)
    })

    it('need an idempotency key to be asked for or cancelled', async () => {
      await asParent()
      await expectServiceError(h().rawCall('centres.requestVisit', visit()), 'VALIDATION')
      expect(await h().call('centres.myVisits')).toEqual([])
      const mine = await h().call('centres.requestVisit', visit(), { idempotencyKey: 'v-1' })
      await expectServiceError(h().rawCall('centres.cancelVisit', { id: mine.id }), 'VALIDATION')
      expect((await h().call('centres.myVisits'))[0].status).toBe('pending')
    })

    // Visits survive a data-set switch: their centre is found in either set.
    it('still lists my visits after the data set is switched back to 200', async () => {
      await asParent()
      await h().call('centres.useDataset', { size: 5000 })
      const far = await h().call('centres.centre', { id: 'ctr-4321' })
      const mine = await h().call('centres.requestVisit', visit({ centreId: far.id, childAgeMonths: far.ageMin }), { idempotencyKey: 'v-far' })
      await h().call('centres.requestVisit', visit(), { idempotencyKey: 'v-near' })
      await h().call('centres.useDataset', { size: 200 })
      const listed = await h().call('centres.myVisits')
      expect(listed.map((v) => v.id)).toContain(mine.id)
    })
  })
})
