/**
 * Reads a method's payload schema as data (Valibot schemas are plain objects) to build, for the
 * contract sweeps, a well-formed sample and the malformed payloads a hostile or broken client
 * could send. Each malformed payload breaks exactly one thing the schema promises to refuse.
 */
import type { GenericSchema } from 'valibot'

interface Node {
  type: string
  entries?: Record<string, Node>
  item?: Node
  wrapped?: Node
  options?: unknown[]
  literal?: unknown
  key?: string
  pipe?: Array<{ type: string; requirement?: unknown }>
}

export type FieldKind = 'text' | 'id' | 'date' | 'time' | 'pattern' | 'enum' | 'number' | 'boolean' | 'list' | 'object' | 'other'

export interface Field {
  path: string[]
  kind: FieldKind
  required: boolean
  nullable: boolean
  node: Node
}

const action = (node: Node, type: string) => node.pipe?.find((step) => step.type === type)

function unwrap(node: Node): { node: Node; required: boolean; nullable: boolean } {
  let required = true
  let nullable = false
  let current = node
  for (;;) {
    if (current.type === 'optional' || current.type === 'exact_optional') required = false
    else if (current.type === 'nullable') nullable = true
    else if (current.type === 'nullish') {
      required = false
      nullable = true
    } else break
    current = current.wrapped!
  }
  return { node: current, required, nullable }
}

export function kindOf(node: Node): FieldKind {
  switch (node.type) {
    case 'string': {
      if (action(node, 'iso_date')) return 'date'
      const pattern = action(node, 'regex')?.requirement as RegExp | undefined
      if (pattern?.source.includes('[A-Za-z][A-Za-z0-9-]')) return 'id'
      if (pattern?.source.includes('[0-5]\\d')) return 'time'
      if (pattern) return 'pattern'
      return 'text'
    }
    case 'picklist':
    case 'literal':
      return 'enum'
    case 'number':
      return 'number'
    case 'boolean':
      return 'boolean'
    case 'array':
      return 'list'
    case 'object':
    case 'variant':
      return 'object'
    default:
      return 'other'
  }
}

/** A payload the schema accepts in form (the backend's rules may still refuse it). */
export function sample(schema: GenericSchema | Node): unknown {
  const { node, required } = unwrap(schema as Node)
  if (!required) return undefined
  switch (node.type) {
    case 'object': {
      const out: Record<string, unknown> = {}
      for (const [key, entry] of Object.entries(node.entries!)) {
        const value = sample(entry)
        if (value !== undefined) out[key] = value
      }
      return out
    }
    case 'variant':
    case 'union':
      return sample(node.options![0] as Node)
    case 'picklist':
      return node.options![0]
    case 'literal':
      return node.literal
    case 'number':
      return (action(node, 'min_value')?.requirement as number | undefined) ?? 1
    case 'boolean':
      return true
    case 'array':
      return []
    case 'string': {
      const kind = kindOf(node)
      if (kind === 'date') return '2026-11-20'
      if (kind === 'time') return '09:30'
      if (kind === 'id') return 'sample-1'
      if (kind === 'pattern') return '13800000000'
      const min = (action(node, 'min_length')?.requirement as number | undefined) ?? 0
      return '好'.repeat(Math.max(min, 2))
    }
    default:
      return undefined
  }
}

/** Every field of the payload, depth first, with what kind of value it holds. */
export function fieldsOf(schema: GenericSchema, depth = 3): Field[] {
  const fields: Field[] = []
  const walk = (raw: Node, path: string[]) => {
    const { node, required, nullable } = unwrap(raw)
    if (path.length) fields.push({ path, kind: kindOf(node), required, nullable, node })
    if (path.length >= depth) return
    const object = node.type === 'variant' || node.type === 'union' ? (node.options![0] as Node) : node
    if (object.type === 'object') for (const [key, entry] of Object.entries(object.entries!)) walk(entry, [...path, key])
  }
  walk(schema as unknown as Node, [])
  return fields
}

const PROTOTYPE_NAMES = ['__proto__', 'constructor', 'toString', 'hasOwnProperty']
const HUGE_TEXT = 'a'.repeat(900_000)

/** Values this field's schema must refuse, each with a name for the report. */
export function badValuesFor(field: Field): Array<[string, unknown]> {
  const bad: Array<[string, unknown]> = []
  if (!field.nullable) bad.push(['null', null])
  const { node, kind } = field
  const wrongType: Array<[string, unknown]> = [
    ['an object', { value: 'x' }],
    ['an array', ['x']],
  ]
  switch (kind) {
    case 'text':
    case 'pattern':
      bad.push(...wrongType, ['a number', 42], ['a boolean', true])
      if (action(node, 'max_length')) bad.push(['900 KB of text', HUGE_TEXT])
      if (kind === 'pattern') bad.push(['markup', '<script>alert(1)</script>'], ['emoji', '📞📞📞'])
      break
    case 'id':
      bad.push(...wrongType, ['a number', 42], ['__proto__', '__proto__'], ['markup', '<img src=x onerror=alert(1)>'], ['emoji', '😀'], ['empty', ''], ['900 KB', HUGE_TEXT])
      break
    case 'date':
      bad.push(...wrongType, ['a number', 20261120], ['2027-02-30', '2027-02-30'], ['2026-13-01', '2026-13-01'], ['2026-2-3', '2026-2-3'], ['markup', '<b>2026-11-20</b>'], ['emoji', '📅'], ['__proto__', '__proto__'])
      break
    case 'time':
      bad.push(...wrongType, ['a number', 930], ['25:00', '25:00'], ['9:3', '9:3'], ['markup', '<i>09:30</i>'], ['constructor', 'constructor'])
      break
    case 'enum':
      bad.push(...wrongType, ['a number', 0], ['empty', ''], ['markup', '<b>x</b>'], ['emoji', '🌻'])
      for (const name of PROTOTYPE_NAMES) bad.push([name, name])
      break
    case 'number':
      bad.push(['text', '1'], ...wrongType)
      // JSON has no NaN: it travels as null, which only a nullable number takes.
      if (!field.nullable) bad.push(['NaN', Number.NaN])
      if (action(node, 'min_value')) bad.push(['far below the minimum', -1e15])
      if (action(node, 'max_value')) bad.push(['far above the maximum', 1e308])
      if (action(node, 'integer')) bad.push(['a fraction', 1.5])
      break
    case 'boolean':
      bad.push(['"true" as text', 'true'], ['1', 1], ['an array', [true]])
      break
    case 'list':
      bad.push(['an object', { 0: 'x' }], ['text', 'x'], ['a number', 3])
      if (action(node, 'max_length')) bad.push(['10,000 items', Array.from({ length: 10_000 }, () => sample(node.item!))])
      break
    case 'object':
      bad.push(['text', 'x'], ['an array', [{}]], ['a number', 42])
      break
    default:
      break
  }
  return bad
}

/** A whole payload of the wrong shape: not an object at all. */
export const WRONG_PAYLOADS: Array<[string, unknown]> = [
  ['a string', 'payload'],
  ['an empty string', ''],
  ['a number', 42],
  ['zero', 0],
  ['a negative number', -1],
  ['a huge number', 1e308],
  ['a fraction', 0.5],
  ['true', true],
  ['false', false],
  ['an empty array', []],
  ['an array of null', [null]],
  ['an array of objects', [{}]],
  ['nested arrays', [[]]],
  ['an array of text', ['x']],
  ['JSON as text', '{}'],
  ['null as text', 'null'],
  ['markup', '<script>alert(1)</script>'],
  ['emoji', '😀'],
  ['__proto__', '__proto__'],
  ['900 KB of text', HUGE_TEXT],
]

export function setPath(payload: unknown, path: string[], value: unknown): unknown {
  const copy = JSON.parse(JSON.stringify(payload ?? {})) as Record<string, unknown>
  let target = copy
  for (const key of path.slice(0, -1)) {
    if (typeof target[key] !== 'object' || target[key] === null) target[key] = {}
    target = target[key] as Record<string, unknown>
  }
  const last = path[path.length - 1]
  if (value === undefined) delete target[last]
  else Object.defineProperty(target, last, { value, enumerable: true, writable: true, configurable: true })
  return copy
}
