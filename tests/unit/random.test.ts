import { randomBytes, randomText } from '../../mock/core/random'

describe('random bytes and text for tokens and check-in codes', () => {
  test('hands out each byte once: 4,000 small draws (across many refills of the batch) never repeat a 16-byte draw', () => {
    const seen = new Set<string>()
    for (let i = 0; i < 4000; i += 1) seen.add(Buffer.from(randomBytes(16)).toString('hex'))
    expect(seen.size).toBe(4000)
  })

  test('gives exactly the bytes asked for, small or larger than a batch', () => {
    expect(randomBytes(0)).toHaveLength(0)
    expect(randomBytes(3)).toHaveLength(3)
    const large = randomBytes(5000)
    expect(large).toHaveLength(5000)
    // Not a zero-filled buffer: some byte values repeat by chance, but far from all the same.
    expect(new Set(large).size).toBeGreaterThan(200)
  })

  test('text is drawn from the alphabet at the length asked for, with every letter in use', () => {
    const text = Array.from({ length: 500 }, () => randomText(8)).join('')
    expect(text).toMatch(/^[a-z0-9]{4000}$/)
    expect(new Set(text).size).toBe(36)
    expect(randomText(6, '0123456789')).toMatch(/^\d{6}$/)
  })
})
