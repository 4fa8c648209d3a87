import type { UserRecord } from '../../core/core-state'

/**
 * The other special families of the demo and the contacts who serve them. As in life, each
 * family has two 双岗联系人 (its community's 计生专干 first, then the street's 计生协 cadre), so a
 * street-level contact shares families with several community contacts. Many are phone-first;
 * several give a landline. None of them is on the demo sign-in page (tests sign in by id).
 */
interface FamilySeed {
  id: string
  name: string
  phone: string
  kind: 'bereaved' | 'disabled'
  community: string
  street: string
  district: string
  address: string
  contactIds: [string, string]
}

const CUIYUAN = { street: '翠苑街道', district: '西湖区' }
const MISHIXIANG = { street: '米市巷街道', district: '拱墅区' }

const FAMILIES: FamilySeed[] = [
  { id: 'u-special-3', name: '陈美华', phone: '0571-88215306', kind: 'bereaved', community: '翠苑一区社区', ...CUIYUAN, address: '杭州市西湖区翠苑一区3幢1单元201室', contactIds: ['u-contact', 'u-contact-2'] },
  { id: 'u-special-4', name: '刘德胜', phone: '13588107264', kind: 'disabled', community: '翠苑一区社区', ...CUIYUAN, address: '杭州市西湖区翠苑一区18幢3单元102室', contactIds: ['u-contact', 'u-contact-2'] },
  { id: 'u-special-5', name: '黄秀英', phone: '0571-88219847', kind: 'bereaved', community: '翠苑一区社区', ...CUIYUAN, address: '杭州市西湖区翠苑一区7幢2单元402室', contactIds: ['u-contact', 'u-contact-2'] },
  { id: 'u-special-6', name: '吴建平', phone: '13906523318', kind: 'bereaved', community: '翠苑二区社区', ...CUIYUAN, address: '杭州市西湖区翠苑二区11幢1单元601室', contactIds: ['u-contact', 'u-contact-2'] },
  { id: 'u-special-7', name: '郑桂兰', phone: '0571-88236652', kind: 'disabled', community: '翠苑二区社区', ...CUIYUAN, address: '杭州市西湖区翠苑二区2幢2单元301室', contactIds: ['u-contact', 'u-contact-2'] },
  { id: 'u-special-8', name: '何志明', phone: '13757120945', kind: 'bereaved', community: '翠苑三区社区', ...CUIYUAN, address: '杭州市西湖区翠苑三区9幢1单元502室', contactIds: ['u-contact-4', 'u-contact-2'] },
  { id: 'u-special-9', name: '朱玉珍', phone: '0571-88248813', kind: 'bereaved', community: '翠苑三区社区', ...CUIYUAN, address: '杭州市西湖区翠苑三区14幢3单元201室', contactIds: ['u-contact-4', 'u-contact-2'] },
  { id: 'u-special-10', name: '孔繁荣', phone: '13867415526', kind: 'disabled', community: '翠苑三区社区', ...CUIYUAN, address: '杭州市西湖区翠苑三区21幢1单元101室', contactIds: ['u-contact-4', 'u-contact-2'] },
  { id: 'u-special-11', name: '沈月娥', phone: '0571-88253690', kind: 'bereaved', community: '翠苑三区社区', ...CUIYUAN, address: '杭州市西湖区翠苑三区5幢2单元602室', contactIds: ['u-contact-4', 'u-contact-2'] },
  { id: 'u-special-12', name: '杨国庆', phone: '13605716832', kind: 'bereaved', community: '翠苑三区社区', ...CUIYUAN, address: '杭州市西湖区翠苑三区12幢1单元302室', contactIds: ['u-contact-4', 'u-contact-2'] },
  { id: 'u-special-13', name: '许丽君', phone: '0571-88261157', kind: 'disabled', community: '翠苑三区社区', ...CUIYUAN, address: '杭州市西湖区翠苑三区3幢3单元401室', contactIds: ['u-contact-4', 'u-contact-2'] },
  { id: 'u-special-14', name: '蒋宝根', phone: '0571-85127736', kind: 'bereaved', community: '米市巷社区', ...MISHIXIANG, address: '杭州市拱墅区米市巷新村6幢1单元203室', contactIds: ['u-contact-3', 'u-contact-5'] },
  { id: 'u-special-15', name: '韩凤英', phone: '13738049162', kind: 'bereaved', community: '米市巷社区', ...MISHIXIANG, address: '杭州市拱墅区米市巷新村10幢2单元501室', contactIds: ['u-contact-3', 'u-contact-5'] },
  { id: 'u-special-16', name: '曹志刚', phone: '0571-85139204', kind: 'disabled', community: '米市巷社区', ...MISHIXIANG, address: '杭州市拱墅区米市巷新村3幢1单元102室', contactIds: ['u-contact-3', 'u-contact-5'] },
  { id: 'u-special-17', name: '金秀珍', phone: '13516827390', kind: 'bereaved', community: '米市巷社区', ...MISHIXIANG, address: '杭州市拱墅区米市巷新村15幢3单元302室', contactIds: ['u-contact-3', 'u-contact-5'] },
  { id: 'u-special-18', name: '魏长林', phone: '0571-85146683', kind: 'bereaved', community: '米市巷社区', ...MISHIXIANG, address: '杭州市拱墅区米市巷新村8幢2单元601室', contactIds: ['u-contact-3', 'u-contact-5'] },
  { id: 'u-special-19', name: '陶美玲', phone: '13967180423', kind: 'disabled', community: '米市巷社区', ...MISHIXIANG, address: '杭州市拱墅区米市巷新村1幢1单元401室', contactIds: ['u-contact-3', 'u-contact-5'] },
]

const STAFF: Array<Pick<UserRecord, 'id' | 'name' | 'phone' | 'organisation' | 'title' | 'district' | 'street'>> = [
  { id: 'u-contact-4', name: '钱晓燕', phone: '13858170236', organisation: '翠苑三区社区', title: '社区计生专干 · 双岗联系人', ...CUIYUAN },
  { id: 'u-contact-5', name: '马建军', phone: '13606527781', organisation: '米市巷街道计生协', title: '街道计生协干部 · 双岗联系人', ...MISHIXIANG },
]

const blank = () => ({
  family: { children: [], pregnancy: null },
  consents: { familyHealth: null, checkupAnswers: null, helpSharing: null },
})

/** The seeded special families beyond 张建国 and 王桂英, and the two contacts not on the sign-in page. */
export function seedSpecialFamilies(): UserRecord[] {
  return [
    ...FAMILIES.map(({ id, name, phone, kind, community, street, district, address, contactIds }): UserRecord => ({
      id, name, phone, district, street, role: 'special_family', organisation: `${district}${street}${community}`, title: '计生特殊家庭成员',
      specialFamily: { kind, contactIds, address }, ...blank(),
    })),
    ...STAFF.map((contact): UserRecord => ({ ...contact, role: 'contact', ...blank() })),
  ]
}
