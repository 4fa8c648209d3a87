import type { DateString } from './dates'
import { ownValue } from './own'
import { gestationalAge } from './pregnancy'
import { lmpError } from './validation'

/**
 * The guided check "哪些检查适合我": which of the three free programmes apply to a person,
 * following the rules of the national programmes as Hangzhou runs them (see DOMAIN.md):
 * - 婚前医学检查: couples about to register their marriage; free for 户籍 and 居住证 holders.
 * - 孕前优生健康检查: married couples planning a pregnancy (both partners), once per pregnancy
 *   plan, free for 户籍 and 居住证 holders; not once already pregnant.
 * - 产前检查: every pregnant woman living here, whatever her 户籍 (孕产妇健康管理 is a basic
 *   public health service for the resident population); 建档 before 13⁺⁶ weeks.
 */
export const RESIDENCIES = ['hukou', 'residence-permit', 'neither'] as const
export type Residency = (typeof RESIDENCIES)[number]

export const MARITAL_STATUSES = ['registering', 'married', 'other'] as const
export type MaritalStatus = (typeof MARITAL_STATUSES)[number]

/** Hangzhou's districts in the city's usual order: where to look for an institution. */
export const HANGZHOU_DISTRICTS = ['上城区', '拱墅区', '西湖区', '滨江区', '萧山区', '余杭区', '临平区', '钱塘区', '富阳区', '临安区'] as const
export type District = (typeof HANGZHOU_DISTRICTS)[number]

export const PROGRAMME_IDS = ['premarital', 'preconception', 'antenatal'] as const
export type ProgrammeId = (typeof PROGRAMME_IDS)[number]

/** For values from outside the app's own state (a page's route parameters, a stored draft). */
export const isDistrict = (value: unknown): value is District => HANGZHOU_DISTRICTS.some((district) => district === value)
export const isProgrammeId = (value: unknown): value is ProgrammeId => PROGRAMME_IDS.some((id) => id === value)

export interface EligibilityAnswers {
  residency: Residency
  marital: MaritalStatus
  planning: boolean
  pregnant: boolean
  /** First day of the last period, when pregnant. */
  lmp?: DateString
  /** The district to look for institutions in. */
  district?: District
}

export interface ProgrammeAdvice {
  programme: ProgrammeId
  /** Free under the programme for this person, or at their own cost / to be checked locally. */
  free: boolean
  reason: string
  /** Something to do soon, e.g. 建档 is late. */
  urgent?: string
}

export type AnswerField = 'residency' | 'marital' | 'lmp'

export function answersErrors(answers: Partial<EligibilityAnswers>, today: DateString): Partial<Record<AnswerField, string>> {
  const errors: Partial<Record<AnswerField, string>> = {}
  if (!answers.residency) errors.residency = '请选择户籍或居住情况'
  if (!answers.marital) errors.marital = '请选择婚姻状况'
  if (answers.pregnant) {
    const message = lmpError(answers.lmp ?? '', today)
    if (message) errors.lmp = message
  }
  return errors
}

const LOCAL = (residency: Residency) => residency === 'hukou' || residency === 'residence-permit'
const RESIDENCY_TEXT: Record<Residency, string> = {
  hukou: '本市户籍',
  'residence-permit': '持本市居住证',
  neither: '非本市户籍且未办居住证',
}

export function adviseProgrammes(answers: EligibilityAnswers, today: DateString): ProgrammeAdvice[] {
  const advice: ProgrammeAdvice[] = []
  const local = LOCAL(answers.residency)
  const residency = ownValue(RESIDENCY_TEXT, answers.residency) ?? ''

  if (answers.marital === 'registering') {
    advice.push({
      programme: 'premarital',
      free: local,
      reason: local
        ? `您准备登记结婚，${residency}，双方可免费做婚前医学检查，建议登记前完成。`
        : '您准备登记结婚。免费婚检面向本市户籍或居住证持有人，您可到户籍地免费检查，或在本市自费检查。',
    })
  }

  if (answers.pregnant) {
    const age = answers.lmp ? gestationalAge(answers.lmp, today) : null
    const late = age !== null && age.weeks >= 14
    advice.push({
      programme: 'antenatal',
      free: true,
      reason: `您已怀孕${age ? `（孕${age.weeks}周+${age.days}天）` : ''}，孕产妇健康管理是面向常住人口的基本公共卫生服务，不论户籍都可以在居住地建档和产检，基本项目免费。`,
      urgent: late
        ? '孕13周+6天前应完成建档。如果还没有建档，请尽快到居住地社区卫生服务中心或妇幼保健院建档。'
        : '请在孕13周+6天前到居住地社区卫生服务中心或妇幼保健院建档。',
    })
  } else if (answers.planning && answers.marital === 'married') {
    advice.push({
      programme: 'preconception',
      free: local,
      reason: local
        ? `您计划怀孕，${residency}，夫妻双方可免费做一次孕前优生健康检查，建议怀孕前3–6个月去。`
        : '您计划怀孕。免费孕前优生健康检查面向本市户籍或居住证持有人，您可回户籍地免费检查，或办理居住证后在本市检查。',
    })
  }

  // Couples about to register who also plan a pregnancy can do both checks; the preconception
  // check is for registered couples, so it comes after the wedding registration.
  if (answers.marital === 'registering' && answers.planning && !answers.pregnant) {
    advice.push({
      programme: 'preconception',
      free: local,
      reason: '登记结婚后，计划怀孕前3–6个月，夫妻双方还可以做一次免费的孕前优生健康检查。',
    })
  }
  return advice
}
