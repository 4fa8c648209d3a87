import { addDays, addMonths } from '@/domain/dates'
import type { SeedContext } from '../../core/area'
import type { UserRecord } from '../../core/core-state'
import { seedSpecialFamilies } from './seed-special-families'

/**
 * The people of the demo, set in 杭州市西湖区翠苑街道 and nearby. Dates are relative to the day
 * the data is seeded, so the parent is always about 20 weeks pregnant with a child of ~14 months.
 */
export function seedUsers({ today, now }: SeedContext): Record<string, UserRecord> {
  const consentedAt = new Date(now - 30 * 24 * 3600 * 1000).toISOString()
  // 王桂英 agreed to share her help requests with her contacts before her first one (mock/areas/help/seed.ts).
  const sharedAt = new Date(now - 40 * 24 * 3600 * 1000).toISOString()
  const users: UserRecord[] = [
    {
      id: 'u-parent',
      role: 'parent',
      name: '林晓雯',
      phone: '13857161234',
      organisation: '西湖区翠苑街道居民',
      title: '家长',
      district: '西湖区',
      street: '翠苑街道',
      family: {
        children: [{ id: 'child-1', name: '乐乐', birthDate: addDays(addMonths(today, -14), -6), gender: 'female' }],
        pregnancy: { lmp: addDays(today, -(20 * 7 + 3)) },
      },
      consents: { familyHealth: consentedAt, checkupAnswers: consentedAt, helpSharing: null },
      demo: { label: '家长', description: '二胎孕中期，女儿乐乐一岁多', order: 1 },
    },
    {
      id: 'u-parent-2',
      role: 'parent',
      name: '王磊',
      phone: '13656712580',
      organisation: '西湖区翠苑街道居民',
      title: '家长',
      district: '西湖区',
      street: '翠苑街道',
      family: {
        children: [{ id: 'child-2', name: '豆豆', birthDate: addDays(addMonths(today, -26), -11), gender: 'male' }],
        pregnancy: null,
      },
      consents: { familyHealth: consentedAt, checkupAnswers: null, helpSharing: null },
      demo: { label: '家长', description: '儿子豆豆两岁多，常去亲子小屋', order: 5 },
    },
    {
      id: 'u-instructor',
      role: 'instructor',
      name: '陈静',
      phone: '13905712468',
      organisation: '西湖区计生协',
      title: '家庭健康指导员 · 翠苑向日葵亲子小屋',
      district: '西湖区',
      street: '翠苑街道',
      family: { children: [], pregnancy: null },
      consents: { familyHealth: null, checkupAnswers: null, helpSharing: null },
      demo: { label: '家庭健康指导员', description: '发布育儿指导，带领亲子小屋活动', order: 2 },
    },
    {
      id: 'u-instructor-2',
      role: 'instructor',
      name: '周蕾',
      phone: '13757108642',
      organisation: '拱墅区计生协',
      title: '家庭健康指导员 · 米市巷向日葵亲子小屋',
      district: '拱墅区',
      street: '米市巷街道',
      family: { children: [], pregnancy: null },
      consents: { familyHealth: null, checkupAnswers: null, helpSharing: null },
    },
    {
      id: 'u-special',
      role: 'special_family',
      name: '张建国',
      phone: '13605819876',
      organisation: '西湖区翠苑街道翠苑一区社区',
      title: '计生特殊家庭成员',
      district: '西湖区',
      street: '翠苑街道',
      family: { children: [], pregnancy: null },
      consents: { familyHealth: null, checkupAnswers: null, helpSharing: null },
      specialFamily: {
        kind: 'bereaved',
        contactIds: ['u-contact', 'u-contact-2'],
        address: '杭州市西湖区翠苑一区12幢2单元301室',
      },
      demo: { label: '特殊家庭成员', description: '62岁，联系人：李慧敏、赵志强', order: 3 },
    },
    {
      id: 'u-special-2',
      role: 'special_family',
      name: '王桂英',
      phone: '13588023571',
      organisation: '西湖区翠苑街道翠苑二区社区',
      title: '计生特殊家庭成员',
      district: '西湖区',
      street: '翠苑街道',
      family: { children: [], pregnancy: null },
      consents: { familyHealth: null, checkupAnswers: null, helpSharing: sharedAt },
      specialFamily: {
        kind: 'disabled',
        contactIds: ['u-contact', 'u-contact-2'],
        address: '杭州市西湖区翠苑二区5幢1单元502室',
      },
    },
    {
      id: 'u-contact',
      role: 'contact',
      name: '李慧敏',
      phone: '13968042315',
      organisation: '翠苑一区社区',
      title: '社区计生专干 · 双岗联系人',
      district: '西湖区',
      street: '翠苑街道',
      family: { children: [], pregnancy: null },
      consents: { familyHealth: null, checkupAnswers: null, helpSharing: null },
      demo: { label: '双岗联系人', description: '社区计生专干，联系7户特殊家庭', order: 4 },
    },
    {
      id: 'u-contact-2',
      role: 'contact',
      name: '赵志强',
      phone: '13819467720',
      organisation: '翠苑街道计生协',
      title: '街道计生协干部 · 双岗联系人',
      district: '西湖区',
      street: '翠苑街道',
      family: { children: [], pregnancy: null },
      consents: { familyHealth: null, checkupAnswers: null, helpSharing: null },
    },
    {
      // A contact in another community: serves other families, so sees none of 翠苑's.
      id: 'u-contact-3',
      role: 'contact',
      name: '孙丽',
      phone: '13732187645',
      organisation: '米市巷街道米市巷社区',
      title: '社区计生专干 · 双岗联系人',
      district: '拱墅区',
      street: '米市巷街道',
      family: { children: [], pregnancy: null },
      consents: { familyHealth: null, checkupAnswers: null, helpSharing: null },
    },
    {
      // The city 计生协's staff: sees 暖心服务 in numbers across the city's communities, never a family's name.
      id: 'u-association',
      role: 'association',
      name: '方晓红',
      phone: '13757163359',
      organisation: '杭州市计生协',
      title: '计生协工作人员 · 特殊家庭帮扶',
      district: '杭州市',
      street: '',
      family: { children: [], pregnancy: null },
      consents: { familyHealth: null, checkupAnswers: null, helpSharing: null },
      demo: { label: '计生协工作人员', description: '杭州市计生协，查看各社区暖心服务情况', order: 6 },
    },
    ...seedSpecialFamilies(),
  ]
  return Object.fromEntries(users.map((user) => [user.id, user]))
}
