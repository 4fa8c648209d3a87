/**
 * The building blocks of the contract's schemas, each with the Chinese message a person sees at
 * the field when the value is wrong. Valibot's functions are imported one by one so each
 * subpackage ships only what its schemas use.
 */
import {
  array,
  boolean,
  check,
  custom,
  integer,
  is,
  isoDate,
  maxLength,
  maxValue,
  minLength,
  minValue,
  nullish,
  number,
  object,
  picklist,
  pipe,
  regex,
  string,
  trim,
  type GenericSchema,
  type InferOutput,
} from 'valibot'
import { isDateString } from '@/domain/dates'
import { tooLongMessage } from '@/domain/validation'

/** Text a person typed: trimmed, with its length limits, said in the words of the form. */
export function text(label: string, { min = 0, max }: { min?: number; max: number }) {
  return pipe(
    string(`${label}应为文字`),
    trim(),
    minLength(min, min <= 1 ? `请填写${label}` : `${label}至少${min}个字`),
    maxLength(max, (issue) => tooLongMessage(Number(issue.received), max)),
  )
}

/** A calendar day as YYYY-MM-DD that exists (no 2027-02-29), read in Asia/Shanghai. */
export function dateString(label: string) {
  return pipe(
    string(`请选择${label}`),
    minLength(1, `请选择${label}`),
    isoDate(`${label}应为有效日期（年-月-日）`),
    check((value: string) => isDateString(value), `${label}应为有效日期（年-月-日）`),
  )
}

/** A time of day as HH:MM, 00:00–23:59. */
export function timeString(label: string) {
  return pipe(string(`请填写${label}`), regex(/^([01]\d|2[0-3]):[0-5]\d$/, `${label}请写成 09:30 这样的时间`))
}

/** An id the backend gave out: letters, digits and dashes, never a name from Object.prototype. */
export function id(label = '编号') {
  return pipe(string(`${label}不正确`), regex(/^[A-Za-z][A-Za-z0-9-]{0,63}$/, `${label}不正确`))
}

/** One of a closed set of values. */
export function oneOf<const T extends readonly [string, ...string[]]>(values: T, label: string) {
  return picklist(values, `请选择${label}`)
}

/** A whole number within limits. */
export function whole(label: string, min: number, max: number) {
  return pipe(number(`${label}应为数字`), integer(`${label}应为整数`), minValue(min, `${label}不能小于${min}`), maxValue(max, `${label}不能大于${max}`))
}

/** A yes/no answer. */
export const yesNo = (label: string) => boolean(`${label}应为是或否`)

/** A list with a length limit. */
export function listOf<T extends GenericSchema>(item: T, label: string, max: number) {
  return pipe(array(item, `${label}格式不正确`), maxLength(max, `${label}最多${max}项`))
}

/** A method that takes nothing: null (what the client sends) or an empty object. */
export const nothing = nullish(object({}))

/** Records keyed by id (stored state): an object, never a list, whose every value is `item`. */
export function dictionaryOf<T extends GenericSchema>(item: T) {
  return custom<Record<string, InferOutput<T>>>(
    (value) =>
      typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).every((entry) => is(item, entry)),
    '格式不正确',
  )
}
