import { addDays, chinaDate } from '@/domain/dates'
import type { SeedContext } from '../../core/area'
import { seedCare } from './seed-care'
import { seedProfiles } from './seed-profiles'
import type { HelpRecord, HelpState } from './state'

const HOUR = 3_600_000

/**
 * 王桂英 had a hospital escort last month (done, followed up, rated), has an urgent request for
 * priority medical access nobody has accepted for three hours (已超时), and an emotional-support
 * request already accepted. 张建国 has not asked for help yet (nor agreed to share; 王桂英's consent
 * is kept with her account, mock/areas/core/seed-users.ts).
 */
export function seedHelp({ now }: SeedContext): HelpState {
  const day = (offset: number) => addDays(chinaDate(now), offset)
  const requests: HelpRecord[] = [
    {
      id: 'help-1',
      familyId: 'u-special-2',
      type: 'volunteer',
      volunteerKind: 'escort',
      need: '要去浙一医院复查心脏，一个人腿脚不方便，想请志愿者陪同挂号、取药。',
      preferredDate: day(-20),
      halfDay: 'am',
      address: '杭州市西湖区翠苑二区5幢1单元502室',
      phone: '13588023571',
      urgent: false,
      callOnly: false,
      status: 'followed-up',
      createdAt: now - 26 * 24 * HOUR,
      updatedAt: now - 18 * 24 * HOUR,
      visit: { date: day(-20), time: '07:30', visitor: '志愿者 方红' },
      rating: { stars: 5, comment: '方红很细心，全程陪着，谢谢！' },
      timeline: [
        { at: now - 26 * 24 * HOUR, actorId: 'u-special-2', action: '已提交', note: '' },
        { at: now - 26 * 24 * HOUR + 2 * HOUR, actorId: 'u-contact', action: '已受理', note: '已联系志愿者队伍' },
        { at: now - 25 * 24 * HOUR, actorId: 'u-contact', action: '已安排上门', note: `${day(-20)} 07:30，志愿者 方红` },
        { at: now - 20 * 24 * HOUR, actorId: 'u-contact', action: '已完成', note: '陪同复查，结果正常，药已取回' },
        { at: now - 18 * 24 * HOUR, actorId: 'u-contact-2', action: '已回访', note: '满意度 5 分，老人身体挺好' },
        { at: now - 18 * 24 * HOUR, actorId: 'u-special-2', action: '已评价', note: '5星：方红很细心，全程陪着，谢谢！' },
      ],
    },
    {
      id: 'help-2',
      familyId: 'u-special-2',
      type: 'medical',
      volunteerKind: null,
      need: '老伴血压高、头晕两天了，想挂省人民医院心内科，挂不上号，请帮忙走绿色通道。',
      preferredDate: day(1),
      halfDay: 'am',
      address: '杭州市西湖区翠苑二区5幢1单元502室',
      phone: '13588023571',
      urgent: true,
      callOnly: true,
      status: 'submitted',
      createdAt: now - 3 * HOUR,
      updatedAt: now - 3 * HOUR,
      visit: null,
      rating: null,
      timeline: [{ at: now - 3 * HOUR, actorId: 'u-special-2', action: '已提交', note: '' }],
    },
    {
      id: 'help-3',
      familyId: 'u-special-2',
      type: 'emotional',
      volunteerKind: null,
      need: '儿子这阵子康复训练没有进展，我这几天睡不好，想有人来陪着说说话。',
      preferredDate: day(3),
      halfDay: 'pm',
      address: '杭州市西湖区翠苑二区5幢1单元502室',
      phone: '13588023571',
      urgent: false,
      callOnly: false,
      status: 'accepted',
      createdAt: now - 30 * HOUR,
      updatedAt: now - 26 * HOUR,
      visit: null,
      rating: null,
      timeline: [
        { at: now - 30 * HOUR, actorId: 'u-special-2', action: '已提交', note: '' },
        { at: now - 26 * HOUR, actorId: 'u-contact', action: '已受理', note: '周五下午和心理咨询师一起过去' },
      ],
    },
  ]
  return {
    requests: Object.fromEntries(requests.map((request) => [request.id, request])),
    nextId: 4,
    ...seedCare({ now, today: chinaDate(now) }),
    careProfiles: seedProfiles(chinaDate(now)),
  }
}
