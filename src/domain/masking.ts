/**
 * What a list may show of what a person typed: phone and ID numbers written into free text, and
 * the part of an address that finds the door. The full text stays on the detail page, for the
 * author and the people it was written to.
 *
 * No lookbehind in these patterns (older iOS WebViews in WeChat reject it): a number's left edge
 * is captured as `(^|\D)` and put back.
 */
import { isDateString } from './dates'
import { maskPhone, maskResidentId, normaliseContactPhone, normaliseMobile } from './validation'

/** 18-digit 身份证号, last character a digit or X, perhaps typed in groups (6 · 8 · 4). */
const RESIDENT_ID = /(^|\D)(\d{6}[ -]?\d{8}[ -]?\d{3}[\dXx])(?!\d)/g
/** A landline with its area code: 0571-8888 6666, (0571)88886666, 021 8888 6666 转 801. */
const LANDLINE = /(^|\D)((?:[（(]0\d{2,3}[)）]|0\d{2,3})[ -]?[2-9]\d{2,3}[ -]?\d{4}(?:\s*(?:转|-|#)\s*\d{1,6})?)(?!\d)/g
/** A mobile: 13805711234, 138 0571 1234, 138-0571-1234, +86 138… */
const MOBILE = /(^|\D)((?:\+?86[ -]?)?1[3-9]\d(?:[ -]?\d{4}){2})(?!\d)/g
/**
 * Anything else long enough to be a number someone can be reached or found by: a local number
 * without its area code (8888 6666, 88886666), a bank card, a QQ number.
 */
const LONG_NUMBER = /(^|\D)(\d{7,}|[2-9]\d{2,3}[ -]\d{4})(?!\d)/g

/** 20261124 is a date, not a number to hide. */
const isCompactDate = (digits: string): boolean =>
  digits.length === 8 && isDateString(`${digits.slice(0, 4)}-${digits.slice(4, 6)}-${digits.slice(6)}`)

const mobileOf = (written: string): string => normaliseMobile(written.replace(/^\+?86[ -]?/, ''))

/**
 * Free text with every phone number (mobile or landline) and ID number in it masked as the
 * rest of the app masks them (138****5678, 0571-****6666, 110105********002X). Dates, times,
 * ages and amounts stay as written.
 */
export function maskNumbersInText(text: string): string {
  // Digits typed full-width (１３８…) on a Chinese keyboard are numbers all the same.
  return text
    .replace(/[\uff10-\uff19]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0))
    .replace(RESIDENT_ID, (_all, edge: string, id: string) => edge + maskResidentId(id.replace(/[ -]/g, '')))
    .replace(LANDLINE, (_all, edge: string, phone: string) => edge + maskPhone(normaliseContactPhone(phone)))
    .replace(MOBILE, (_all, edge: string, phone: string) => edge + maskPhone(mobileOf(phone)))
    .replace(LONG_NUMBER, (all, edge: string, number: string) => {
      const digits = number.replace(/[ -]/g, '')
      return isCompactDate(digits) ? all : `${edge}****${digits.slice(-4)}`
    })
}

/** Free text for a list: numbers masked first, then cut, so a cut can never leave a number half shown. */
export function previewText(text: string, max: number): string {
  const masked = maskNumbersInText(text)
  return masked.length > max ? `${masked.slice(0, max)}…` : masked
}

/** Where the part of an address that finds the door begins: a house, building, unit or room number. */
const DOOR = /[0-9０-９]|[一二三四五六七八九十百零〇两]+(?:号|幢|栋|座|单元|室|楼|层|弄)|[A-Za-zＡ-Ｚａ-ｚ]+(?:座|栋|幢|楼)/
/** Street words; 街道 (a subdistrict) is matched whole so its 街 and 道 are not taken for a street. */
const STREET_WORDS = /街道|大道|路|街|巷|弄|胡同|道/g
/** Places bigger than a street, kept when an address names no street (翠苑一区, 翠苑新村). */
const AREA_WORDS = /省|市|区|县|旗|镇|乡|街道|村/g

/** Where the first street word (not 街道) ends in `head`, or -1. */
function streetEnd(head: string): number {
  STREET_WORDS.lastIndex = 0
  for (let match = STREET_WORDS.exec(head); match; match = STREET_WORDS.exec(head)) {
    if (match[0] !== '街道') return match.index + match[0].length
  }
  return -1
}

/** Where the last area word ends in `head`, or 0. */
function areaEnd(head: string): number {
  let end = 0
  AREA_WORDS.lastIndex = 0
  for (let match = AREA_WORDS.exec(head); match; match = AREA_WORDS.exec(head)) end = match.index + match[0].length
  return end
}

/**
 * An address as lists show it: up to its street (杭州市西湖区文三路****), or where it names no
 * street up to its district or community (杭州市西湖区翠苑一区****); the house number, building,
 * unit and room are hidden however short the address is ('文一路5号301' → '文一路****',
 * '12幢301' → '****'). The stars are always there, so a list does not tell how much was hidden.
 */
export function maskAddress(address: string): string {
  const text = address.trim()
  if (!text) return ''
  const door = text.search(DOOR)
  const head = door < 0 ? text : text.slice(0, door)
  const street = streetEnd(head)
  const keep = street > 0 ? street : areaEnd(head)
  return `${text.slice(0, keep)}****`
}
