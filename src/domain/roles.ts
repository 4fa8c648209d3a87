/** The four kinds of user (DOMAIN.md "Who uses it"). */
export type Role = 'parent' | 'instructor' | 'special_family' | 'contact'

export const ROLE_LABELS: Record<Role, string> = {
  parent: '家长',
  instructor: '家庭健康指导员',
  special_family: '特殊家庭成员',
  contact: '双岗联系人',
}

/** Special-family members are mostly 50+; 长辈模式 starts on for them (they may turn it off). */
export function elderModeDefault(role: Role | undefined): boolean {
  return role === 'special_family'
}
