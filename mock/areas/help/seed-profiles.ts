import { addDays, type DateString } from '@/domain/dates'
import type { CareProfile } from './state'

const CUIYUAN = '翠苑街道社区卫生服务中心'
const MISHIXIANG = '米市巷街道社区卫生服务中心'

const doctor = (name: string, clinic: string, phone: string): CareProfile['doctor'] => ({ name, clinic, phone })
const ZHOU = doctor('周晓红', CUIYUAN, '0571-88210376')
const XU = doctor('徐建平', CUIYUAN, '13758106342')
const SHEN = doctor('沈丽娟', CUIYUAN, '0571-88243105')
const WANG = doctor('王海涛', MISHIXIANG, '0571-85134520')
const LI = doctor('李雪梅', MISHIXIANG, '13957126608')

/**
 * Each special family's birth year and 家庭医生 (我的三个全覆盖). 张建国 (62) signed with 周晓红 at
 * 翠苑's 社区卫生服务中心; 王桂英 (68) has not signed yet, nor have 吴建平, 孔繁荣 and 韩凤英. The
 * ages cross the 特别扶助金 brackets' edges on 2026: 许丽君 59, 何志明 60, 郑桂兰 69, 沈月娥 70.
 */
export const CARE_PROFILES: Record<string, CareProfile> = {
  'u-special': { birthYear: 1964, doctor: ZHOU },
  'u-special-2': { birthYear: 1958, doctor: null },
  'u-special-3': { birthYear: 1955, doctor: ZHOU },
  'u-special-4': { birthYear: 1968, doctor: XU },
  'u-special-5': { birthYear: 1950, doctor: ZHOU },
  'u-special-6': { birthYear: 1962, doctor: null },
  'u-special-7': { birthYear: 1957, doctor: XU },
  'u-special-8': { birthYear: 1966, doctor: SHEN },
  'u-special-9': { birthYear: 1953, doctor: SHEN },
  'u-special-10': { birthYear: 1961, doctor: null },
  'u-special-11': { birthYear: 1956, doctor: SHEN },
  'u-special-12': { birthYear: 1959, doctor: XU },
  'u-special-13': { birthYear: 1967, doctor: SHEN },
  'u-special-14': { birthYear: 1952, doctor: WANG },
  'u-special-15': { birthYear: 1960, doctor: null },
  'u-special-16': { birthYear: 1963, doctor: WANG },
  'u-special-17': { birthYear: 1949, doctor: LI },
  'u-special-18': { birthYear: 1954, doctor: LI },
  'u-special-19': { birthYear: 1965, doctor: WANG },
}

const monthDay = (date: DateString) => date.slice(5)

/**
 * A copy per seed, so a change in one backend never shows in another. 特殊日子, counted from the
 * seed day: 张建国 agreed on his contacts' last visit, and his son's birthday is 6 days away
 * (近期特殊日子); 朱玉珍's daughter's birthday is months away. The others have none.
 */
export function seedProfiles(today: DateString): Record<string, CareProfile> {
  const profiles: Record<string, CareProfile> = Object.fromEntries(
    Object.entries(CARE_PROFILES).map(([id, profile]) => [id, { ...profile, doctor: profile.doctor && { ...profile.doctor } }]),
  )
  Object.assign(profiles['u-special'], { specialDays: [{ monthDay: monthDay(addDays(today, 6)), label: '儿子生日' }], specialDaysAgreedAt: addDays(today, -50) })
  Object.assign(profiles['u-special-9'], { specialDays: [{ monthDay: monthDay(addDays(today, 150)), label: '女儿生日' }], specialDaysAgreedAt: addDays(today, -30) })
  return profiles
}
