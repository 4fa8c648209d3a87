import type { ContactKind, FamilyState } from '@/domain/care'
import { addDays, chinaDate } from '@/domain/dates'
import type { SeedContext } from '../../core/area'
import type { ContactLogRecord } from './state'

type LogSeed = [daysAgo: number, kind: ContactKind, minutes: number, state: FamilyState, note: string, nextInDays?: number]

/**
 * A year of 双岗 work, in short: each family's latest contacts, by its community contact (the
 * street's contact, 赵志强 or 马建军, sees the same record). 张建国's monthly call is five days late
 * (李慧敏's one overdue family); in 翠苑三区 朱玉珍's call and 沈月娥's quarterly visit are late,
 * and in 米市巷 韩凤英's call.
 */
const LOGS: Array<[familyId: string, contactId: string, logs: LogSeed[]]> = [
  ['u-special', 'u-contact', [
    [50, 'visit', 60, 'attention', '老张一个人在家，说晚上睡不好，儿子的照片一直摆在客厅。陪他聊了儿子小时候的事，情绪比上次好一些。'],
    [35, 'call', 15, 'stable', '电话问了血压，按时吃药。提醒他社区体检的时间。'],
  ]],
  ['u-special-2', 'u-contact', [
    [40, 'visit', 45, 'attention', '老伴血压控制不好，已帮她预约省人民医院心内科复诊。'],
    [8, 'call', 10, 'stable', '复查结果正常，她很感谢志愿者方红。'],
  ]],
  ['u-special-3', 'u-contact', [[20, 'visit', 50, 'stable', '陈阿姨在社区老年食堂吃午饭，身体不错，想参加社区合唱队，已帮她报名。']]],
  ['u-special-4', 'u-contact', [
    [70, 'visit', 40, 'stable', '儿子在家做康复训练，轮椅需要换新的，已联系残联。'],
    [12, 'call', 20, 'attention', '新轮椅还没到，刘师傅有点着急，答应两周内再去残联问。', 14],
  ]],
  ['u-special-5', 'u-contact', [
    [60, 'visit', 55, 'stable', '黄阿姨腿脚不便，家里卫生间已装扶手。'],
    [5, 'video', 20, 'stable', '和在外地的侄女一起视频，黄阿姨精神很好。'],
  ]],
  ['u-special-6', 'u-contact', [
    [30, 'visit', 45, 'stable', '吴师傅问起特别扶助金涨了没有，告诉他今年的标准和发放时间。'],
    [25, 'call', 10, 'stable', '约好月底再打电话，他那时从外地亲戚家回来。', 28],
  ]],
  ['u-special-7', 'u-contact', [
    [85, 'visit', 50, 'attention', '郑阿姨女儿住院，她每天往返医院，很累。联系了志愿者帮忙送饭。'],
    [3, 'call', 15, 'stable', '女儿已出院，郑阿姨说这阵子轻松多了。'],
  ]],
  ['u-special-8', 'u-contact-4', [
    [30, 'visit', 40, 'stable', '何师傅在学用智能手机，教他视频通话。'],
    [10, 'video', 15, 'stable', '第一次视频通话成功，他很高兴。'],
  ]],
  ['u-special-9', 'u-contact-4', [
    [75, 'visit', 45, 'attention', '朱阿姨说清明前后心里难受，约好多打电话。'],
    [40, 'call', 20, 'stable', '情绪平稳，在社区学剪纸。'],
  ]],
  ['u-special-10', 'u-contact-4', [[15, 'visit', 60, 'stable', '孔师傅家女儿的低保复核材料已帮忙交到街道。']]],
  ['u-special-11', 'u-contact-4', [
    [95, 'visit', 40, 'stable', '沈阿姨身体还行，家里燃气灶老化，已报修。'],
    [20, 'call', 10, 'stable', '燃气灶已换新。'],
  ]],
  ['u-special-12', 'u-contact-4', [
    [45, 'visit', 35, 'stable', '杨师傅想办老年卡，材料已带齐。'],
    [5, 'call', 10, 'stable', '老年卡已办好。'],
  ]],
  ['u-special-13', 'u-contact-4', [
    [80, 'visit', 50, 'attention', '许阿姨的儿子康复课停了，帮她问残联的补贴。'],
    [28, 'call', 15, 'stable', '补贴申请已受理。'],
  ]],
  ['u-special-14', 'u-contact-3', [
    [55, 'visit', 40, 'stable', '蒋师傅爱下象棋，介绍他去社区活动室。'],
    [18, 'call', 10, 'stable', '每周去下两次棋，说交了新朋友。'],
  ]],
  ['u-special-15', 'u-contact-3', [
    [65, 'visit', 45, 'attention', '韩阿姨最近常一个人哭，约了心理咨询师下次一起上门。'],
    [38, 'call', 20, 'attention', '心理咨询约在下个月，她愿意见。'],
  ]],
  ['u-special-16', 'u-contact-3', [[25, 'visit', 50, 'stable', '曹师傅家儿子的助残补贴已到账。']]],
  ['u-special-17', 'u-contact-3', [
    [60, 'visit', 40, 'stable', '金阿姨身体硬朗，每天去公园打太极。'],
    [9, 'call', 10, 'stable', '一切都好。'],
  ]],
  ['u-special-18', 'u-contact-3', [
    [40, 'visit', 45, 'stable', '魏师傅白内障手术后恢复好，已陪他复查。'],
    [14, 'call', 10, 'stable', '视力好多了。'],
  ]],
  ['u-special-19', 'u-contact-3', [
    [50, 'visit', 40, 'stable', '陶阿姨家楼道灯坏了，已报物业。'],
    [2, 'call', 10, 'stable', '灯已修好。'],
  ]],
]

/** The contact logs and the day each family's contacts took it on (a year before the seed). */
export function seedCare({ now }: SeedContext): { contactLogs: Record<string, ContactLogRecord>; nextLogId: number; careSince: Record<string, string> } {
  const today = chinaDate(now)
  const contactLogs: Record<string, ContactLogRecord> = {}
  const careSince: Record<string, string> = {}
  let next = 1
  for (const [familyId, contactId, logs] of LOGS) {
    careSince[familyId] = addDays(today, -400)
    for (const [daysAgo, kind, durationMinutes, state, note, nextInDays] of logs) {
      const id = `log-${next++}`
      const date = addDays(today, -daysAgo)
      const nextContactDate = nextInDays === undefined ? null : addDays(date, nextInDays)
      contactLogs[id] = { id, familyId, contactId, kind, date, durationMinutes, state, note, nextContactDate, at: now - daysAgo * 86_400_000 }
    }
  }
  return { contactLogs, nextLogId: next, careSince }
}
