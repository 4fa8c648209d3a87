import { stageOfChip, topicOfChip } from '@/features/guidance/model/feed-filter'

describe('the feed’s chips as filters', () => {
  const choices = [{ key: 'child-1', label: '乐乐 · 1–2岁', stage: 'toddler-12-24' as const }]

  it('reads a stage chip, a family chip and 全部', () => {
    expect(stageOfChip('stage:infant-0-6', choices)).toBe('infant-0-6')
    expect(stageOfChip('for:child-1', choices)).toBe('toddler-12-24')
    expect(stageOfChip('all', choices)).toBeUndefined()
    expect(topicOfChip('feeding')).toBe('feeding')
    expect(topicOfChip('all')).toBeUndefined()
  })

  it('filters by nothing for a value that is not a stage or topic, rather than sending it on', () => {
    for (const name of ['stage:teenager', 'stage:constructor', 'stage:__proto__', 'for:constructor']) expect(stageOfChip(name, choices)).toBeUndefined()
    for (const name of ['astrology', 'toString', '__proto__']) expect(topicOfChip(name)).toBeUndefined()
  })
})
