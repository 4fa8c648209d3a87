import type { HelpInput } from '@/contract/help'

/** 张建国's request for a bathing volunteer, as the 我要求助 form sends it (the clock is 2026-11-24). */
export const BATHING_REQUEST: HelpInput = {
  type: 'volunteer',
  volunteerKind: 'bathing',
  need: '老伴中风后行动不便，想请助浴志愿者每周来一次帮忙洗澡。',
  preferredDate: '2026-11-27',
  halfDay: 'am',
  address: '杭州市西湖区翠苑一区12幢2单元301室',
  phone: '13605819876',
  urgent: false,
  callOnly: false,
}
