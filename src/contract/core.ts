/** The core area's contract: sign-in, the family profile with its consents, demo controls. */
import { array, literal, maxLength, nullable, number, object, optional, pipe, string, variant, type InferOutput } from 'valibot'
import { CONSENT_SCOPES } from '@/domain/consents'
import { MAX_CHILDREN } from '@/domain/family'
import { MAX_BABIES } from '@/domain/pregnancy-outcome'
import { ROLES } from '@/domain/roles'
import { methods } from './method'
import { dateString, id, listOf, nothing, oneOf, text } from './schema-kit'

const role = oneOf(ROLES, '身份')
const consentScope = oneOf(CONSENT_SCOPES, '授权范围')
const gender = oneOf(['female', 'male'], '性别')
/** ISO date-time, or null when not given. */
const when = nullable(string())

export const UserDto = object({
  id: string(),
  role,
  name: string(),
  /** Masked (138****5678): the full number never leaves the backend in a DTO. */
  phoneMasked: string(),
  /** e.g. 西湖区计生协 or 翠苑街道翠苑一区社区 */
  organisation: string(),
  /** e.g. 家庭健康指导员, 社区计生专干 */
  title: string(),
  district: string(),
})

/** expiresAt: epoch ms. */
export const SessionDto = object({ token: string(), user: UserDto, expiresAt: number() })

/** One of the seeded accounts on the demo sign-in page; label is exactly the role label. */
export const DemoIdentity = object({ id: string(), role, label: string(), name: string(), description: string() })

/** When each consent was given (ISO time); null if never given, or withdrawn since. */
export const ConsentState = object({ familyHealth: when, checkupAnswers: when, helpSharing: when })

export const ConsentDto = object({ scope: consentScope, givenAt: when, withdrawnAt: when })

const Child = object({ id: string(), name: string(), birthDate: string(), gender })
export const FamilyProfile = object({ children: array(Child), pregnancy: nullable(object({ lmp: string() })) })

export const ProfileDto = object({
  family: FamilyProfile,
  consents: ConsentState,
  /** The owner's own number in full, to prefill their own forms; everywhere else it is masked. */
  phone: string(),
})

/** A child as the client sends it: new children have no id yet. */
const ChildInput = object({
  id: optional(id('孩子的编号')),
  name: text('孩子的名字', { max: 20 }),
  birthDate: dateString('出生日期'),
  gender,
})

export const FamilyInput = object({
  children: listOf(ChildInput, '孩子', MAX_CHILDREN),
  pregnancy: nullable(object({ lmp: dateString('末次月经日期') })),
})

const Newborn = object({ name: ChildInput.entries.name, birthDate: ChildInput.entries.birthDate, gender }, '请填写宝宝的名字、出生日期和性别')
/**
 * The babies born together: one, or twins and more (up to MAX_BABIES), all on one birth date.
 * Optional and possibly empty here, so a missing baby gets the domain's own words (pregnancyEndErrors).
 */
const Newborns = optional(
  pipe(array(Newborn, '请填写宝宝的名字、出生日期和性别'), maxLength(MAX_BABIES, `一次最多登记${MAX_BABIES}个宝宝`)),
)

/** How the recorded pregnancy (named by its LMP) ended; nothing else is asked. */
export const PregnancyEndInput = variant('outcome', [
  object({ lmp: dateString('末次月经日期'), outcome: literal('born'), children: Newborns }),
  // Babies sent with 'ended' are kept so the domain can refuse the mix, rather than dropped unseen.
  object({ lmp: dateString('末次月经日期'), outcome: literal('ended'), children: Newborns }),
], '请选择宝宝出生了，还是本次孕期已结束')

export const Done = object({ done: literal(true) })

export const authMethods = methods({
  'auth.identities': { summary: '演示身份列表（登录页）', payload: nothing, result: array(DemoIdentity) },
  'auth.signIn': {
    summary: '以演示身份登录；微信端附 Taro.login 的 code',
    payload: object({ identityId: id('演示身份'), loginCode: optional(text('微信登录凭证', { min: 1, max: 128 })) }),
    result: SessionDto,
  },
  'auth.signOut': { summary: '退出登录', payload: nothing, result: Done },
  'auth.me': { summary: '当前登录的账号', payload: nothing, result: UserDto },
})

export const profileMethods = methods({
  'profile.get': { summary: '我的家庭信息与授权', payload: nothing, result: ProfileDto },
  'profile.grantConsent': { summary: '同意一项个人敏感信息授权', payload: object({ scope: consentScope }), result: ConsentState },
  'profile.consents': { summary: '隐私与授权：每项授权及其时间', payload: nothing, result: array(ConsentDto) },
  'profile.withdrawConsent': { summary: '撤回一项授权并删除其覆盖的数据', payload: object({ scope: consentScope }), result: array(ConsentDto) },
  'profile.saveFamily': { summary: '保存家庭信息（孩子、孕期）', form: 'family', payload: object({ family: FamilyInput }), result: ProfileDto },
  'profile.endPregnancy': { summary: '结束记录中的孕期（宝宝出生了 / 本次孕期已结束）', form: 'end', payload: object({ end: PregnancyEndInput }), result: ProfileDto },
})

export const demoMethods = methods({
  'demo.reset': { summary: '把演示数据恢复到初始状态（HTTP 服务器仅在开启演示控制时接受）', payload: nothing, result: Done },
})

export const coreMethods = { ...authMethods, ...profileMethods, ...demoMethods }

export type UserDto = InferOutput<typeof UserDto>
export type SessionDto = InferOutput<typeof SessionDto>
export type DemoIdentity = InferOutput<typeof DemoIdentity>
export type ConsentState = InferOutput<typeof ConsentState>
export type ConsentDto = InferOutput<typeof ConsentDto>
export type ProfileDto = InferOutput<typeof ProfileDto>
export type FamilyInput = InferOutput<typeof FamilyInput>
export type ChildInput = FamilyInput['children'][number]
export type PregnancyEndInput = InferOutput<typeof PregnancyEndInput>
export type Done = InferOutput<typeof Done>
