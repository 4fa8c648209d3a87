import { foldedFilterCount, hasFilters, paramsFromQuery, queryFromParams } from '@/features/centres/model/query-params'

describe('foldedFilterCount (the number on 筛选)', () => {
  it('is 0 with nothing folded on, whatever is on outside the fold', () => {
    expect(foldedFilterCount({})).toBe(0)
    expect(foldedFilterCount({ keyword: '翠苑', ageMonths: 14, inclusive: true, hasPlaces: true, sort: 'fee' })).toBe(0)
  })

  it('counts 所在区, 托育类型, 已备案, 举办性质 and 机构形式 one each', () => {
    expect(foldedFilterCount({ district: '西湖区' })).toBe(1)
    expect(foldedFilterCount({ district: '西湖区', mode: 'half-day', filing: 'filed', hostType: 'public', orgForm: 'community' })).toBe(5)
  })

  it('counts the fee range as one, with either end or both', () => {
    expect(foldedFilterCount({ feeMin: 1000 })).toBe(1)
    expect(foldedFilterCount({ feeMax: 3000 })).toBe(1)
    expect(foldedFilterCount({ feeMin: 1000, feeMax: 3000 })).toBe(1)
    // 0 is a real bound, not "nothing".
    expect(foldedFilterCount({ feeMin: 0 })).toBe(1)
  })

  it('reads the same from a shared link', () => {
    const query = queryFromParams({ district: encodeURIComponent('西湖区'), mode: 'temporary', feeMax: '2000', inclusive: '1' })
    expect(foldedFilterCount(query)).toBe(3)
    expect(hasFilters(query)).toBe(true)
    expect(queryFromParams(Object.fromEntries(paramsFromQuery(query).split('&').map((pair) => pair.split('=') as [string, string])))).toEqual(query)
  })
})

// Issue 13: the search refuses what it does not know, so a link edited by hand must not turn the
// page into an error: whatever the search would refuse is left out of the query.
describe('queryFromParams on a link edited by hand', () => {
  it('leaves out districts, sorts and chips the search does not know', () => {
    expect(queryFromParams({ district: encodeURIComponent('朝阳区'), mode: 'overnight', host: 'constructor', form: '__proto__', filing: 'toString', sort: 'rating' })).toEqual({})
    expect(queryFromParams({ district: encodeURIComponent('滨江区'), sort: 'fee' })).toMatchObject({ district: '滨江区', sort: 'fee' })
  })

  it('keeps only whole ages and fees within what the search takes', () => {
    expect(queryFromParams({ age: '99', feeMin: '-5', feeMax: '1e12' })).toMatchObject({ ageMonths: undefined, feeMin: undefined, feeMax: undefined })
    expect(queryFromParams({ age: '1.5', feeMin: 'abc' })).toMatchObject({ ageMonths: undefined, feeMin: undefined })
    expect(queryFromParams({ age: '0', feeMin: '0', feeMax: '100000' })).toMatchObject({ ageMonths: 0, feeMin: 0, feeMax: 100_000 })
  })

  it('reads a malformed escape as nothing rather than failing', () => {
    expect(queryFromParams({ q: '%E4%B8', district: '%' })).toMatchObject({ keyword: undefined, district: undefined })
  })
})
