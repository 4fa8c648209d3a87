import { addDays, daysBetween, isDateString, type DateString } from './dates'
import { MAX_GESTATION_DAYS } from './pregnancy'

/** Field name → Chinese message shown next to that field. Empty when valid. */
export type FieldErrors<F extends string = string> = Partial<Record<F, string>>

export function hasErrors(errors: FieldErrors): boolean {
  return Object.values(errors).some(Boolean)
}

/**
 * What a text field says when it is over its limit: live under the field while typing, and again
 * on submit, from the client and the backend alike. Over-long text is never cut silently.
 */
export function tooLongMessage(length: number, max: number): string {
  return `最多${max}个字，已超出${length - max}个字，请删减`
}

// GB 11643-1999: weights and check characters of ISO 7064 MOD 11-2.
const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
const ID_CHECK_CHARS = ['1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2']

/** Upper-cases a trailing x and drops spaces people type between groups. */
export function normaliseResidentId(raw: string): string {
  return raw.replace(/\s+/g, '').toUpperCase()
}

export function residentIdCheckChar(first17: string): string {
  const sum = ID_WEIGHTS.reduce((acc, weight, i) => acc + weight * Number(first17[i]), 0)
  return ID_CHECK_CHARS[sum % 11]
}

/** Returns a Chinese message for an invalid 居民身份证号码, or null when it is valid. */
export function residentIdError(raw: string, today: DateString): string | null {
  const id = normaliseResidentId(raw)
  if (!id) return '请输入身份证号码'
  if (id.length !== 18) return '身份证号码应为18位'
  if (!/^\d{17}[\dX]$/.test(id)) return '身份证号码前17位应为数字，最后一位为数字或X'
  if (!/^[1-9]\d{5}$/.test(id.slice(0, 6))) return '身份证号码的地区码不正确'
  const birth = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`
  if (!isDateString(birth) || Number(id.slice(6, 10)) < 1900) return '身份证号码中的出生日期不正确'
  if (daysBetween(birth, today) < 0) return '身份证号码中的出生日期晚于今天'
  if (residentIdCheckChar(id.slice(0, 17)) !== id[17]) return '身份证号码校验位不正确，请核对后重新输入'
  return null
}

/** Mainland mobile numbers: 11 digits, 13x–19x. */
export function mobileError(raw: string): string | null {
  const phone = raw.replace(/[\s-]/g, '')
  if (!phone) return '请输入手机号码'
  if (!/^\d+$/.test(phone)) return '手机号码只能包含数字'
  if (phone.length !== 11) return '手机号码应为11位'
  if (!/^1[3-9]/.test(phone)) return '手机号码应以13至19开头'
  return null
}

export function normaliseMobile(raw: string): string {
  return raw.replace(/[\s-]/g, '')
}

/**
 * A mainland landline: 区号 (010 and 020–029 have three digits, the others four, 0571 for
 * 杭州), a 7–8 digit number that never starts with 0 or 1, and perhaps an extension (分机).
 */
interface Landline {
  area: string
  number: string
  extension: string | null
}

const LANDLINE_PATTERN = /^(010|02\d|0[3-9]\d{2})-?([2-9]\d{6,7})(?:-(\d{1,6}))?$/

/**
 * Spaces dropped; full-width digits, brackets and dashes made half-width; 转, # and ext written
 * as "-"; an area code in brackets, (0571)88912345, written as 0571-88912345.
 */
function compactPhone(raw: string): string {
  return raw
    .replace(/[\uff10-\uff19]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0))
    .replace(/[\s\u3000]/g, '')
    .replace(/[（(]/g, '(')
    .replace(/[）)]/g, ')')
    .replace(/[－—–]/g, '-')
    .replace(/转|#|ext\.?/gi, '-')
    .replace(/^\((0\d{2,3})\)-?/, '$1-')
}

function parseLandline(raw: string): Landline | null {
  const match = LANDLINE_PATTERN.exec(compactPhone(raw))
  return match ? { area: match[1], number: match[2], extension: match[3] ?? null } : null
}

/**
 * The phone a special family can be reached on: a mobile, or a landline with its area code (many
 * older members have only the home phone). Mobiles get the same messages as mobileError.
 */
export function contactPhoneError(raw: string): string | null {
  const phone = compactPhone(raw)
  if (!phone) return '请输入联系电话'
  if (phone.startsWith('1')) return mobileError(phone)
  if (!/^[\d-]+$/.test(phone)) return '电话号码只能包含数字，分机号用“-”或“转”隔开'
  if (!phone.startsWith('0')) return '固定电话请加上区号，如 0571-88912345'
  if (!/^(010|02\d|0[3-9]\d{2})/.test(phone)) return '区号不正确，请核对（杭州为0571）'
  if (!parseLandline(phone)) return '固定电话应为区号加7至8位号码，如 0571-88912345'
  return null
}

/** How a valid contact phone is kept: a mobile as 11 digits, a landline as 0571-88912345(-801). */
export function normaliseContactPhone(raw: string): string {
  const landline = parseLandline(raw)
  if (landline) return `${landline.area}-${landline.number}${landline.extension ? `-${landline.extension}` : ''}`
  const phone = compactPhone(raw)
  return phone.startsWith('1') ? normaliseMobile(phone) : phone
}

/**
 * 138****5678, 0571-****2345: phones are masked everywhere except the form the owner types into.
 * A landline keeps its area code (it only names the city) and loses its extension.
 */
export function maskPhone(phone: string): string {
  const landline = parseLandline(phone)
  if (landline) return `${landline.area}-****${landline.number.slice(-4)}`
  const digits = normaliseMobile(phone)
  if (digits.length < 7) return '*'.repeat(digits.length)
  return `${digits.slice(0, 3)}****${digits.slice(-4)}`
}

/** 110105********002X */
export function maskResidentId(id: string): string {
  const value = normaliseResidentId(id)
  if (value.length < 10) return '*'.repeat(value.length)
  return `${value.slice(0, 6)}${'*'.repeat(value.length - 10)}${value.slice(-4)}`
}

/** Names as written on Chinese ID cards, including 少数民族 names with a middle dot. */
export function personNameError(raw: string, label = '姓名'): string | null {
  const name = raw.trim()
  if (!name) return `请输入${label}`
  if (name.length > 20) return `${label}不能超过20个字`
  if (!/^[\u4e00-\u9fa5A-Za-z·•\s]+$/.test(name)) return `${label}只能包含汉字、字母或“·”`
  return null
}

export function birthDateError(value: string, today: DateString): string | null {
  if (!value) return '请选择出生日期'
  if (!isDateString(value)) return '出生日期格式不正确，应为年-月-日'
  if (daysBetween(value, today) < 0) return '出生日期不能晚于今天'
  // The family profile serves children under six; older children are outside every service here.
  if (daysBetween(value, today) > 6 * 366) return '这里只登记6岁以下的孩子'
  return null
}

/**
 * Last menstrual period: a real date, not in the future, less than 42 weeks ago (a pregnancy that
 * old has ended; see isPastTerm).
 */
export function lmpError(value: string, today: DateString): string | null {
  if (!value) return '请选择末次月经第一天的日期'
  if (!isDateString(value)) return '日期格式不正确，应为年-月-日'
  const days = daysBetween(value, today)
  if (days < 0) return '末次月经日期不能晚于今天'
  if (days >= MAX_GESTATION_DAYS) return '末次月经日期距今已满42周，请核对'
  return null
}

/** The earliest LMP a form may offer today: 41+6 weeks ago. */
export function earliestLmp(today: DateString): DateString {
  return addDays(today, -(MAX_GESTATION_DAYS - 1))
}
