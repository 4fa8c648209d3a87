import { firstSorted } from '../../mock/areas/centres/first-sorted'

/** A small seeded generator, so a failure names a case that can be run again. */
function numbers(seed: number, count: number, range: number): number[] {
  let state = seed
  return Array.from({ length: count }, () => {
    state = (state * 1103515245 + 12345) % 2147483648
    return state % range
  })
}

describe('firstSorted (the leading results of a search, without sorting them all)', () => {
  const byValueThenIndex = (a: { value: number; index: number }, b: { value: number; index: number }) => a.value - b.value || a.index - b.index

  test('gives what sorting everything and slicing gives, for 400 random lists and limits, ties included', () => {
    for (let seed = 1; seed <= 400; seed += 1) {
      const count = numbers(seed, 1, 300)[0]
      // A small range makes many equal values; the index breaks ties, as the name rank does.
      const items = numbers(seed + 1000, count, 20).map((value, index) => ({ value, index }))
      const limit = numbers(seed + 2000, 1, count + 5)[0]
      const expected = [...items].sort(byValueThenIndex).slice(0, limit)
      expect([seed, firstSorted(items, limit, byValueThenIndex)]).toEqual([seed, expected])
    }
  })

  test('answers nothing for a limit of 0, and leaves the list it was given as it was', () => {
    const items = [3, 1, 2].map((value, index) => ({ value, index }))
    expect(firstSorted(items, 0, byValueThenIndex)).toEqual([])
    expect(firstSorted(items, 2, byValueThenIndex).map((item) => item.value)).toEqual([1, 2])
    expect(items.map((item) => item.value)).toEqual([3, 1, 2])
  })
})
