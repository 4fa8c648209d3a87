import type { CoverageCardDto } from '@/contract/care'
import { LOCAL_CHECK_NOTE } from '@/domain/three-coverage'
import { helpArea } from '../../mock/areas/help'
import type { HelpState } from '../../mock/areas/help/state'
import { seedUsers } from '../../mock/areas/core/seed-users'
import { createMemoryStorage } from '../../mock/core/storage'
import { DEFAULT_NOW } from '../support/clock'
import { expectServiceError } from '../support/expect-error'
import { storedArea } from '../support/stored-area'
import { describeContract } from '../support/transports'

// The clock is 2026-11-24, in 杭州 (浙江's rules). 张建国 (u-special, 失独, born 1964) is 62 this
// year and has signed with a 家庭医生; 王桂英 (u-special-2, 伤残, born 1958) is 68 and has not.
// The 浙江 amounts are placeholders (src/domain/three-coverage.ts), asserted as the card's figures.

describeContract('暖心服务: 我的三个全覆盖', (h) => {
  const myCard = () => h().call('care.myCard')

  it('张建国’s card: his two contacts whole, his 家庭医生, the 失独 figure for 60–69, the green channel and the insurance', async () => {
    await h().signInAs('u-special')
    const card = await myCard()
    expect(card.contacts.map(({ name, phone }) => [name, phone])).toEqual([
      ['李慧敏', '13968042315'],
      ['赵志强', '13819467720'],
    ])
    expect(card.hotline).toEqual({ name: '杭州市计生协暖心服务热线', phone: '0571-87052356' })
    expect(card.doctor).toEqual({ name: '周晓红', clinic: '翠苑街道社区卫生服务中心', phone: '0571-88210376' })
    expect(card.subsidy).toMatchObject({ kind: 'bereaved', age: 62, yuanPerMonth: 1200, bracket: '60–69周岁', regionName: '浙江' })
    expect(card.subsidy.payment).toContain('按季度')
    expect(card.subsidy.note).toContain('示例')
    expect(card.greenChannel.hospitals).toEqual(expect.arrayContaining(['浙江大学医学院附属第一医院', '浙江省人民医院', '杭州市第一人民医院']))
    expect(card.greenChannel.priorities).toEqual(expect.arrayContaining(['挂号', '就诊', '住院']))
    expect(card.greenChannel.show).toContain('计划生育特殊家庭优先就医服务卡')
    expect(card.insurance.map((item) => item.name)).toEqual(['住院护理补贴保险', '意外伤害保险'])
    for (const item of card.insurance) expect(item.claimDeadline).not.toBe('')
    for (const sourced of [card.greenChannel, card.subsidy, ...card.insurance]) {
      expect(sourced.basis).not.toBe('')
      expect(sourced.checkedOn).toBe('2026-11-24')
    }
    expect(card.localCheck).toBe(LOCAL_CHECK_NOTE)
  })

  it('王桂英’s card: no 家庭医生 yet, the 伤残 figure for her age', async () => {
    await h().signInAs('u-special-2')
    const card = await myCard()
    expect(card.doctor).toBeNull()
    expect(card.subsidy).toMatchObject({ kind: 'disabled', age: 68, yuanPerMonth: 950, bracket: '60–69周岁' })
    expect(card.contacts.map((contact) => contact.name)).toEqual(['李慧敏', '赵志强'])
  })

  it('each family gets its own: a street away, other contacts, another doctor, another bracket', async () => {
    // 金秀珍 (米市巷, 失独, born 1949) is not on the sign-in page; tests sign in by id.
    await h().signInAs('u-special-17')
    const card = await myCard()
    expect(card.contacts.map((contact) => contact.name)).toEqual(['孙丽', '马建军'])
    expect(card.doctor?.clinic).toBe('米市巷街道社区卫生服务中心')
    expect(card.subsidy).toMatchObject({ age: 77, yuanPerMonth: 1400, bracket: '70周岁及以上' })
  })

  it.each([
    ['u-contact', 'FORBIDDEN'],
    ['u-contact-2', 'FORBIDDEN'],
    ['u-parent', 'FORBIDDEN'],
    ['u-instructor', 'FORBIDDEN'],
    ['u-association', 'FORBIDDEN'],
    [null, 'UNAUTHENTICATED'],
  ] as const)('%s is refused: the amounts are the family’s own', async (identity, code) => {
    if (identity) await h().signInAs(identity)
    await expectServiceError(myCard(), code)
  })
})

describe('我的三个全覆盖 on data stored before profiles were kept', () => {
  it('a family without a profile sees no 家庭医生 and no amount rather than a guessed one', async () => {
    const area = storedArea(helpArea)
    // What v2 left: no care profiles (migration 2 adds an empty set).
    const { careProfiles: _none, contactLogs: _logs, nextLogId: _next, careSince: _since, ...v2 } = area.seeded()
    const storage = createMemoryStorage({ 'family-mock:help': JSON.stringify({ schemaVersion: 2, savedAt: DEFAULT_NOW, state: v2 }) })
    const told: string[] = []
    const { call, signIn } = area.open(storage, told)
    const card = (await call('care.myCard', null, await signIn('u-special'))) as CoverageCardDto
    expect(told).toEqual([])
    expect(card.doctor).toBeNull()
    expect(card.subsidy).toMatchObject({ kind: 'bereaved', age: null, yuanPerMonth: null, bracket: '' })
    expect(card.contacts).toHaveLength(2)
  })

  it('the seed has a profile for every special family, and for nobody else', () => {
    const seeded: HelpState = storedArea(helpArea).seeded()
    const families = Object.values(seedUsers({ now: DEFAULT_NOW, today: '2026-11-24' })).filter((user) => user.role === 'special_family')
    expect(Object.keys(seeded.careProfiles).sort()).toEqual(families.map((user) => user.id).sort())
    expect(seeded.careProfiles['u-special']).toMatchObject({ birthYear: 1964, doctor: { clinic: '翠苑街道社区卫生服务中心' } })
    expect(seeded.careProfiles['u-special-2']).toEqual({ birthYear: 1958, doctor: null })
  })
})
