import { generateCentres } from '../../mock/areas/centres/generator'
import { searchCentres } from '../../mock/areas/centres/search'
import { matchesCentre, type CentreQuery } from '../../src/domain/centres'
import type { CentreSummary, VisitInput } from '../../src/services/centres-api'
import { createCentresService } from '../../src/services/centres-service'
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
  const centres = () => createCentresService(h().transport)
  const asParent = async () => h().signInAs('u-parent')

  /** Every page of a search, 50 at a time. */
  async function everything(query: CentreQuery): Promise<CentreSummary[]> {
    const items: CentreSummary[] = []
    for (let page = 1; ; page += 1) {
      const result = await centres().search(query, page, 50)
      items.push(...result.items)
      if (!result.hasMore) return items
    }
  }

  describe('search', () => {
    it('pages through the 200 centres twenty at a time', async () => {
      const first = await centres().search({})
      expect(first).toMatchObject({ total: 200, page: 1, pageSize: 20, hasMore: true, distanceUnavailable: false })
      expect(first.items).toHaveLength(20)
      expect(first.items.map((c) => c.id)).toEqual(searchCentres(CITY, {}).matches.slice(0, 20).map((c) => c.id))

      const second = await centres().search({}, 2)
      expect(second.items).toHaveLength(20)
      expect(second.items.map((c) => c.id)).toEqual(searchCentres(CITY, {}).matches.slice(20, 40).map((c) => c.id))

      const last = await centres().search({}, 10)
      expect(last).toMatchObject({ page: 10, hasMore: false })
      expect(last.items).toHaveLength(20)
      expect((await centres().search({}, 11)).items).toEqual([])

      const all = await everything({})
      expect(all).toHaveLength(200)
      expect(new Set(all.map((c) => c.id)).size).toBe(200)
    })

    it('caps the page size at 50', async () => {
      const big = await centres().search({}, 1, 500)
      expect(big.pageSize).toBe(50)
      expect(big.items).toHaveLength(50)
    })

    it('gives each result a summary with its comparable fee, in 元/月 unless a mode is chosen', async () => {
      const { items } = await centres().search({ keyword: '禾苗家庭托育点（湖滨）' })
      const first = items.find((c) => c.id === FIRST)!
      expect(first).toMatchObject({ name: '禾苗家庭托育点（湖滨）', district: '上城区', ageMin: 12, ageMax: 36, fee: 2550, feeUnit: '元/月', distanceKm: null })
      const hourly = await centres().search({ mode: 'hourly' })
      expect(hourly.items.length).toBeGreaterThan(0)
      for (const c of hourly.items) {
        expect(c.feeUnit).toBe('元/小时')
        expect(c.fee).toBe(CITY.find((x) => x.id === c.id)!.fees.hourly)
      }
    })

    it('filters over the wire and counts each chip', async () => {
      const query: CentreQuery = { district: '西湖区', inclusive: true, hasPlaces: true, ageMonths: 18 }
      const result = await centres().search(query, 1, 50)
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
      for (const district of ['滨江区', '临安区']) {
        expect((await centres().search({ ...query, district })).total).toBe(result.facets.district[district])
      }
      expect((await centres().search({ ...query, hasPlaces: undefined })).total).toBe(result.facets.hasPlaces.all)
      expect((await centres().search({ ...query, hostType: 'public' })).total).toBe(result.facets.hostType.public)
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

      const pending = await centres().search({ filing: 'pending' })
      expect(pending.total).toBe(CITY.filter((c) => c.filingStatus === 'pending').length)
      for (const c of pending.items) expect(c.filingStatus).toBe('pending')
    })

    it('ignores values it does not know rather than failing', async () => {
      const odd = { district: '', mode: 'overnight', hostType: 'foreign', sort: 'rating' } as unknown as CentreQuery
      const result = await centres().search(odd)
      expect(result.total).toBe(200)
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
      const result = await centres().search({ sort: 'distance', origin: ORIGIN }, 1, 50)
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
      const result = await centres().search({ sort: 'distance' })
      expect(result.distanceUnavailable).toBe(true)
      for (const c of result.items) expect(c.distanceKm).toBeNull()
      const plain = await centres().search({})
      expect(result.items.map((c) => c.id)).toEqual(plain.items.map((c) => c.id))
    })

    it('searches 5,000 centres after useDataset(5000), and back', async () => {
      expect(await centres().useDataset(5000)).toEqual({ size: 5000 })
      const large = await centres().search({})
      expect(large).toMatchObject({ total: 5000, hasMore: true })
      expect((await centres().centre('ctr-4321')).id).toBe('ctr-4321')
      const filtered = await centres().search({ district: '临安区', hasPlaces: true })
      expect(filtered.total).toBeGreaterThan(100)
      expect(filtered.total).toBeLessThan(500)

      expect(await centres().useDataset(200)).toEqual({ size: 200 })
      expect((await centres().search({})).total).toBe(200)
      await expectServiceError(centres().centre('ctr-4321'), 'NOT_FOUND')
    })
  })

  describe('centre page', () => {
    it('gives every detail of a centre', async () => {
      const centre = await centres().centre(FIRST)
      expect(centre).toMatchObject({ ...CITY[0], favourite: false })
      expect(centre.name).toBe('禾苗家庭托育点（湖滨）')
      expect(centre.filingNo).toMatch(/托备/)
      expect(centre.phone).toMatch(/^0571-8\d{7}$/)
    })

    it('answers NOT_FOUND for an unknown centre', async () => {
      await expectServiceError(centres().centre('ctr-9999'), 'NOT_FOUND')
      await expectServiceError(centres().centre(''), 'NOT_FOUND')
      await expectServiceError(h().transport.call('centres.centre', { id: 42 }), 'NOT_FOUND')
    })
  })

  describe('favourites', () => {
    it('need sign-in', async () => {
      await expectServiceError(centres().favourite(FIRST, true, 'fav'), 'UNAUTHENTICATED')
      await expectServiceError(centres().favourites(), 'UNAUTHENTICATED')
    })

    it('need an idempotency key', async () => {
      await asParent()
      await expectServiceError(h().transport.call('centres.favourite', { id: FIRST, on: true }), 'VALIDATION')
      expect(await centres().favourites()).toEqual([])
    })

    it('are added once, listed newest first, shown on the centre, and removed', async () => {
      await asParent()
      expect(await centres().favourite(FIRST, true, 'fav-1')).toEqual({ favourite: true })
      expect(await centres().favourite(FIRST, true, 'fav-1')).toEqual({ favourite: true }) // a retry
      expect(await centres().favourite(FIRST, true, 'fav-2')).toEqual({ favourite: true }) // a second tap on 收藏
      expect(await centres().favourite('ctr-0002', true, 'fav-3')).toEqual({ favourite: true })

      const listed = await centres().favourites()
      expect(listed.map((c) => c.id)).toEqual(['ctr-0002', FIRST])
      expect(listed[1]).toMatchObject({ name: '禾苗家庭托育点（湖滨）', fee: 2550, feeUnit: '元/月' })
      expect((await centres().centre(FIRST)).favourite).toBe(true)

      expect(await centres().favourite(FIRST, false, 'unfav-1')).toEqual({ favourite: false })
      expect(await centres().favourite(FIRST, false, 'unfav-2')).toEqual({ favourite: false })
      // Replaying the first key answers as before and changes nothing.
      expect(await centres().favourite(FIRST, true, 'fav-1')).toEqual({ favourite: true })
      expect((await centres().favourites()).map((c) => c.id)).toEqual(['ctr-0002'])
      expect((await centres().centre(FIRST)).favourite).toBe(false)
    })

    it('are each family’s own', async () => {
      await asParent()
      await centres().favourite(FIRST, true, 'fav')
      await h().signInAs('u-parent-2')
      expect(await centres().favourites()).toEqual([])
      expect((await centres().centre(FIRST)).favourite).toBe(false)
      h().signOutLocally()
      expect((await centres().centre(FIRST)).favourite).toBe(false)
    })

    it('refuse an unknown centre', async () => {
      await asParent()
      await expectServiceError(centres().favourite('ctr-9999', true, 'fav'), 'NOT_FOUND')
    })
  })

  describe('visits', () => {
    it('need sign-in', async () => {
      await expectServiceError(centres().requestVisit(visit(), 'v'), 'UNAUTHENTICATED')
      await expectServiceError(centres().myVisits(), 'UNAUTHENTICATED')
    })

    it('are validated field by field', async () => {
      await asParent()
      const wrong = await expectServiceError(
        centres().requestVisit(visit({ date: '2026-11-28', phone: '12345', childAgeMonths: 40 }), 'v-wrong'),
        'VALIDATION',
      )
      expect(wrong.fieldErrors?.date).toBe('周末不安排参观，请选择工作日')
      expect(wrong.fieldErrors?.phone).toBe('手机号码应为11位')
      expect(wrong.fieldErrors?.childAgeMonths).toBe('请填写孩子的月龄（0–36个月）')
      expect(wrong.fieldErrors?.slot).toBeUndefined()

      const today = await expectServiceError(centres().requestVisit(visit({ date: '2026-11-24' }), 'v-today'), 'VALIDATION')
      expect(today.fieldErrors?.date).toBe('最早可预约明天参观')
      const young = await expectServiceError(centres().requestVisit(visit({ childAgeMonths: 6 }), 'v-young'), 'VALIDATION')
      expect(young.fieldErrors?.childAgeMonths).toBe('这家机构招收12–36个月的孩子')
      const noSlot = await expectServiceError(h().transport.call('centres.requestVisit', { ...visit(), slot: 'night' }, { idempotencyKey: 'v-slot' }), 'VALIDATION')
      expect(noSlot.fieldErrors?.slot).toBeTruthy()
      const noAge = await expectServiceError(h().transport.call('centres.requestVisit', { ...visit(), childAgeMonths: null }, { idempotencyKey: 'v-age' }), 'VALIDATION')
      expect(noAge.fieldErrors?.childAgeMonths).toBeTruthy()

      await expectServiceError(centres().requestVisit(visit({ centreId: 'ctr-9999' }), 'v-none'), 'NOT_FOUND')
      expect(await centres().myVisits()).toEqual([])
    })

    it('are asked for once per key, with the phone masked, and listed', async () => {
      await asParent()
      const first = await centres().requestVisit(visit({ phone: '138 5716 1234', slot: 'afternoon' }), 'visit-key')
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
      const retry = await centres().requestVisit(visit({ phone: '138 5716 1234', slot: 'afternoon' }), 'visit-key')
      expect(retry).toEqual(first)

      const mine = await centres().myVisits()
      expect(mine).toHaveLength(1)
      expect(mine[0]).toEqual(first)
    })

    // Only the masked number comes back; the full one stays with the centre.
    it('does not send the full phone number back in the visit', async () => {
      await asParent()
      const dto = await centres().requestVisit(visit(), 'visit-key')
      expect(dto.phoneMasked).toBe('138****1234')
      expect(JSON.stringify(dto)).not.toContain('13857161234')
      expect(JSON.stringify(await centres().myVisits())).not.toContain('13857161234')
    })

    it('refuses a second pending visit to the same centre, but not to another one', async () => {
      await asParent()
      await centres().requestVisit(visit(), 'v-1')
      const again = await expectServiceError(centres().requestVisit(visit({ date: '2026-11-26' }), 'v-2'), 'CONFLICT')
      expect(again.message).toContain('2026-11-25')
      const other = await centres().requestVisit(visit({ centreId: 'ctr-0002', childAgeMonths: CITY[1].ageMin }), 'v-3')
      expect(other.status).toBe('pending')
      expect(await centres().myVisits()).toHaveLength(2)
    })

    it('are listed newest first and only to their owner', async () => {
      await asParent()
      const older = await centres().requestVisit(visit(), 'v-1')
      h().clock.advance(60_000)
      const newer = await centres().requestVisit(visit({ centreId: 'ctr-0002', childAgeMonths: CITY[1].ageMin }), 'v-2')
      expect((await centres().myVisits()).map((v) => v.id)).toEqual([newer.id, older.id])

      await h().signInAs('u-parent-2')
      expect(await centres().myVisits()).toEqual([])
      // The same key from another family is another request.
      const theirs = await centres().requestVisit(visit({ phone: '13900001111' }), 'v-1')
      expect(theirs.id).not.toBe(older.id)
      expect(await centres().myVisits()).toHaveLength(1)
    })

    it('can be cancelled by their owner only, after which another can be asked for', async () => {
      await asParent()
      const mine = await centres().requestVisit(visit(), 'v-1')

      await h().signInAs('u-parent-2')
      await expectServiceError(centres().cancelVisit(mine.id, 'c-other'), 'NOT_FOUND')
      await expectServiceError(centres().cancelVisit('visit-999', 'c-none'), 'NOT_FOUND')

      await asParent()
      expect((await centres().myVisits())[0].status).toBe('pending')
      const cancelled = await centres().cancelVisit(mine.id, 'c-1')
      expect(cancelled).toMatchObject({ id: mine.id, status: 'cancelled', phoneMasked: '138****1234' })
      expect(await centres().cancelVisit(mine.id, 'c-1')).toEqual(cancelled)
      expect((await centres().myVisits()).map((v) => v.status)).toEqual(['cancelled'])

      const rebooked = await centres().requestVisit(visit({ date: '2026-11-27' }), 'v-2')
      expect(rebooked.status).toBe('pending')
      expect(await centres().myVisits()).toHaveLength(2)
    })

    it('need an idempotency key to be asked for or cancelled', async () => {
      await asParent()
      await expectServiceError(h().transport.call('centres.requestVisit', visit()), 'VALIDATION')
      expect(await centres().myVisits()).toEqual([])
      const mine = await centres().requestVisit(visit(), 'v-1')
      await expectServiceError(h().transport.call('centres.cancelVisit', { id: mine.id }), 'VALIDATION')
      expect((await centres().myVisits())[0].status).toBe('pending')
    })

    // Visits survive a data-set switch: their centre is found in either set.
    it('still lists my visits after the data set is switched back to 200', async () => {
      await asParent()
      await centres().useDataset(5000)
      const far = await centres().centre('ctr-4321')
      const mine = await centres().requestVisit(visit({ centreId: far.id, childAgeMonths: far.ageMin }), 'v-far')
      await centres().requestVisit(visit(), 'v-near')
      await centres().useDataset(200)
      const listed = await centres().myVisits()
      expect(listed.map((v) => v.id)).toContain(mine.id)
    })
  })
})
