import type { CoverageCardDto } from '@/contract/care'
import { ownValue } from '@/domain/own'
import { ageOn, coverageRulesFor, LOCAL_CHECK_NOTE, subsidyFor } from '@/domain/three-coverage'
import type { AuthedContext } from '../../core/area'
import type { HelpState } from './state'
import { contactsOf, HOTLINE } from './views'

/** Every demo family lives in 杭州: 浙江's rules (the national floor where 浙江 has none). */
const REGION = 'zhejiang'

/**
 * 我的三个全覆盖 for the signed-in family: its contacts and 家庭医生, the 就医绿色通道, the
 * 特别扶助金 for its kind and age, and the insurance. A family with no profile on file (stored
 * before profiles were kept) sees no 家庭医生 and no amount, not a guessed one.
 */
export function coverageCard(ctx: AuthedContext<HelpState>): CoverageCardDto {
  const { user } = ctx
  const kind = user.specialFamily?.kind ?? 'bereaved'
  const profile = ownValue(ctx.state.careProfiles, user.id)
  const rules = coverageRulesFor(REGION)
  // 0: a profile opened for 特殊日子 only (care.setSpecialDays), the birth year not on file.
  const age = profile?.birthYear ? ageOn(profile.birthYear, ctx.today) : null
  const subsidy = subsidyFor(kind, age ?? 0, REGION)
  const { greenChannel } = rules
  return {
    contacts: contactsOf(ctx.core, user),
    hotline: { ...HOTLINE },
    doctor: profile?.doctor ? { ...profile.doctor } : null,
    greenChannel: {
      hospitals: [...greenChannel.value.hospitals],
      priorities: [...greenChannel.value.priorities],
      show: [...greenChannel.value.show],
      basis: greenChannel.basis,
      checkedOn: greenChannel.checkedOn,
      note: greenChannel.note ?? '',
    },
    subsidy: {
      kind,
      age,
      yuanPerMonth: age === null ? null : subsidy.yuanPerMonth,
      bracket: age === null ? '' : subsidy.bracket,
      payment: subsidy.payment,
      regionName: subsidy.regionName,
      basis: subsidy.basis,
      checkedOn: subsidy.checkedOn,
      note: subsidy.note,
    },
    insurance: rules.insurance.map(({ value, basis, checkedOn, note }) => ({ ...value, documents: [...value.documents], basis, checkedOn, note: note ?? '' })),
    localCheck: LOCAL_CHECK_NOTE,
  }
}
