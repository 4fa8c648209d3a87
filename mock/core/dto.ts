import { maskPhone } from '@/domain/validation'
import type { ProfileDto, UserDto } from '@/contract/core'
import type { UserRecord } from './core-state'

export function toUserDto(user: UserRecord): UserDto {
  return {
    id: user.id,
    role: user.role,
    name: user.name,
    phoneMasked: maskPhone(user.phone),
    organisation: user.organisation,
    title: user.title,
    district: user.district,
  }
}

export function toProfileDto(user: UserRecord): ProfileDto {
  return {
    family: {
      children: user.family.children.map((child) => ({ ...child })),
      pregnancy: user.family.pregnancy ? { ...user.family.pregnancy } : null,
    },
    consents: { ...user.consents },
    phone: user.phone,
  }
}
