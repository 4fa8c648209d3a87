/** 我的三个全覆盖: the card on 暖心服务's first page for a special family. Short, plain words. */
export const COVERAGE_TEXTS = {
  title: '我的三个全覆盖',
  intro: '您的联系人、家庭医生和看病绿色通道都在这里。',
  failed: '我的保障加载失败',

  contacts: '我的两位联系人',
  call: '拨打',
  hotline: '暖心热线',

  doctor: '我的家庭医生',
  noDoctor: '还没有签约家庭医生',
  askDoctor: '帮我联系签约',
  doctorNeed: '想签约家庭医生，请帮忙联系社区卫生服务中心。',

  greenChannel: '就医绿色通道',
  hospitals: '可以优先的医院',
  priorities: (items: string) => `优先：${items}`,
  show: (items: string) => `请带上：${items}`,

  subsidy: '特别扶助金',
  perMonth: (yuan: number) => `每人每月 ${yuan} 元`,
  bracket: (age: number, bracket: string) => `您今年${age}岁，按“${bracket}”的标准`,
  noAge: '您的出生年份还没有登记，金额请问联系人。',
  region: (name: string) => `（${name}标准）`,
  paid: (schedule: string) => `发放：${schedule}`,

  insurance: '保险保障',
  covers: '保什么',
  documents: (items: string) => `要准备：${items}`,
  deadline: (text: string) => `期限：${text}`,
  askInsurance: (name: string) => `帮我申请${name}`,
  insuranceNeed: (name: string) => `想申请${name}，请帮我准备材料、办理理赔。`,

  basis: (basis: string, checkedOn: string) => `依据：${basis}（${checkedOn} 核对）`,
  checkLocally: '金额和做法以当地规定为准，请向联系人或街道计生办核实。',
}
