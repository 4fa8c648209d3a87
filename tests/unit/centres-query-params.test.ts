import { foldedFilterCount, hasFilters, paramsFromQuery, queryFromParams } from '../../src/features/centres/query-params'

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
