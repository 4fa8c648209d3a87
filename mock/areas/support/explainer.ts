import type { RuleDto } from '@/contract/support'
import type { SupportRules } from '@/domain/birth-support-rules'
import { maternityLeaveDays } from '@/domain/leave-calendar'

const CHECKED_ON = '2026-12-02'

/** 产检 and the newborn's 医保: no figure of the rule sets, only where the care is paid from. */
const INSURANCE_ITEMS: RuleDto[] = [
  {
    id: 'antenatal-insurance',
    title: '产前检查医保保障',
    figure: '产检门诊费用纳入生育保险和居民医保支付范围',
    summary: '参加职工医保（含生育保险）或城乡居民医保的孕妇，产前检查的门诊费用可按规定由医保基金支付，免费的孕前优生健康检查和孕早期检查另算。',
    howToClaim: ['在定点医疗机构建册产检，就诊时出示医保电子凭证或社保卡', '费用直接结算；个人垫付的可凭票据到参保地医保经办机构报销'],
    basis: '《关于进一步完善和落实积极生育支持措施的指导意见》；国家医保局有关将产前检查费用纳入支付范围的规定',
    checkedOn: CHECKED_ON,
    note: '支付比例和限额各地不同。',
  },
  {
    id: 'newborn-insurance',
    title: '新生儿落地即参保',
    figure: '出生后90天内参保缴费，自出生之日起享受医保待遇',
    summary: '新生儿凭出生医学证明即可参加城乡居民医保，父母一方参保地办理，出生当年的个人缴费可在参保后补缴。',
    howToClaim: ['在“出生一件事”联办中一并申请，或到参保地医保经办窗口办理', '参保后可在微信或支付宝申领孩子的医保电子凭证'],
    basis: '国家医保局《关于做好新生儿参加基本医疗保险工作的通知》',
    checkedOn: CHECKED_ON,
    note: '“90天内”为多数地区口径，以参保地规定为准。',
  },
]

/**
 * The public explainer: each benefit and leave with its figure under `rules`, who it is for and
 * how to claim it. Figures are read from the rule set, so the app states each number once.
 */
export function explainerItems(rules: SupportRules): RuleDto[] {
  const leave = maternityLeaveDays({ babies: 1, difficultBirth: false, birthOrder: 1 }, rules)
  const later = maternityLeaveDays({ babies: 1, difficultBirth: false, birthOrder: 2 }, rules)
  const m = rules.maternityLeave.value
  const subsidy = rules.childcareSubsidy.value
  const deduction = rules.careDeduction.value.history[rules.careDeduction.value.history.length - 1].yuanPerMonth
  const partner = rules.partnerLeave.value.days
  const parental = rules.parentalLeave.value.daysPerYearPerParent
  const from = (rule: { basis: string; checkedOn: string; note?: string }) => ({ basis: rule.basis, checkedOn: rule.checkedOn, note: rule.note })
  return [
    {
      id: 'childcare-subsidy',
      title: '育儿补贴',
      figure: `每孩每年${subsidy.yuanPerYear}元，发放至满3周岁`,
      summary: `${subsidy.schemeStart.slice(0, 4)}年1月1日起，3周岁以下的婴幼儿按年领取；此前出生、仍不满3周岁的按剩余月数折算。补贴免征个人所得税，不计入低保等家庭收入。`,
      howToClaim: ['由父母一方在支付宝、微信“育儿补贴”服务或当地政务服务网申领', '准备孩子的出生医学证明（或户口簿）和申领人的身份证、银行卡', '审核通过后按年发放到申领人的账户'],
      ...from(rules.childcareSubsidy),
    },
    {
      id: 'care-deduction',
      title: '3岁以下婴幼儿照护个税扣除',
      figure: `每孩每月${deduction}元`,
      summary: '孩子出生当月至满3周岁前一个月，父母可在计算个人所得税时扣除；可由一方全额扣除，也可双方各扣一半。',
      howToClaim: ['在“个人所得税”App的“专项附加扣除填报”中选择“3岁以下婴幼儿照护”', '填写孩子的出生医学证明编号等信息，选择扣除比例', '可按月由单位扣除，或在次年汇算清缴时扣除'],
      ...from(rules.careDeduction),
    },
    {
      id: 'maternity-leave',
      title: '产假',
      figure:
        leave.provincial > 0
          ? `一孩${leave.total}天，二孩、三孩${later.total}天（国家规定${m.baseDays}天，${rules.regionName}延长）`
          : `${m.baseDays}天，另加各省延长天数`,
      summary: `其中产前可休${m.prenatalDays}天；难产增加${m.difficultBirthExtraDays}天，多胞胎每多1个婴儿增加${m.perExtraBabyDays}天。产假期间工资或生育津贴照发，不得因此降低工资、辞退。`,
      howToClaim: ['向用人单位提交请假申请，附预产期证明或出生医学证明', '产假结束后按单位规定办理返岗'],
      ...from(rules.maternityLeave),
      note: [rules.maternityLeave.note, leave.provincial > 0 ? rules.provincialExtension.note : undefined].filter(Boolean).join(' '),
    },
    {
      id: 'partner-leave',
      title: '配偶陪产假（护理假）',
      figure: partner > 0 ? `${partner}天` : '各省多为15天左右',
      summary: '孩子出生时，父亲可以休假陪护，期间工资照发。',
      howToClaim: ['向用人单位提交请假申请，附出生医学证明或住院分娩证明'],
      ...from(rules.partnerLeave),
    },
    {
      id: 'parental-leave',
      title: '父母育儿假',
      figure: parental > 0 ? `孩子3周岁前，父母每人每年${parental}天` : '各省多为每人每年5–20天',
      summary: '孩子不满3周岁时，父母双方都可以请，用于照顾孩子。',
      howToClaim: ['按用人单位的请假流程申请，可与单位协商分段休'],
      ...from(rules.parentalLeave),
    },
    {
      id: 'nursing-time',
      title: '哺乳时间',
      figure: `孩子1周岁前，每天${rules.nursingTime.value.hoursPerDay}小时`,
      summary: '产假结束回到工作岗位后，每天劳动时间内安排哺乳时间；多胞胎每多1个婴儿每天增加1小时。',
      howToClaim: ['与用人单位商定每天的哺乳时间段'],
      ...from(rules.nursingTime),
    },
    {
      id: 'maternity-allowance',
      title: '生育津贴',
      figure: `用人单位上年度职工月平均工资 ÷ ${rules.maternityAllowance.value.daysPerMonth} × 产假天数`,
      summary: '参加生育保险的女职工，产假期间由生育保险基金按单位平均工资支付；高于本人工资的照发，低于本人工资的由单位补足。',
      howToClaim: ['一般由用人单位在产后向参保地医保经办机构申报，也可个人在当地医保服务平台申请', '准备出生医学证明、身份证和银行卡；难产、多胞胎需附医院证明'],
      ...from(rules.maternityAllowance),
    },
    ...INSURANCE_ITEMS,
  ]
}
