import type { ConsentScope } from '@/domain/consents'
import { FAMILY_HEALTH_CONSENT_POINTS } from '@/consent-texts'

export const FAMILY_TEXTS = {
  title: '家庭信息',
  intro: '登记孩子和孕期信息后，首页会显示孕周、月龄，并推荐适合的服务。只保存在您的账户中，不会展示给其他人。',
  pregnancySection: '孕期',
  pregnant: '正在怀孕',
  notPregnant: '未怀孕',
  lmpLabel: '末次月经第一天',
  lmpHint: '用于推算预产期和孕周（预产期 = 末次月经 + 280天）',
  fixLmp: '修改末次月经日期',
  birthTitle: '宝宝的信息',
  birthIntro: '填写后，宝宝会加入您的家庭信息，本次孕期记录随之结束。',
  babyName: '宝宝的名字（小名即可）',
  babyNameField: '宝宝的名字',
  babyBirthDate: '宝宝的出生日期',
  babyGender: '宝宝的性别',
  /** With twins and more, each baby's block and fields say which baby they are. */
  babyOf: (index: number) => `第${index + 1}个宝宝`,
  babyNameOf: (index: number) => `第${index + 1}个宝宝的名字`,
  babyGenderOf: (index: number) => `第${index + 1}个宝宝的性别`,
  sharedBirthDate: '一起出生的宝宝共用这个出生日期',
  addBaby: '再添一个宝宝（双胞胎/多胞胎）',
  removeBaby: '删除',
  saveBaby: '保存宝宝信息',
  babySaved: (names: string) => `已添加${names}，恭喜您！`,
  /** 安安 / 安安和乐乐 / 安安、乐乐和平平 */
  babyNames: (names: string[]) => (names.length > 1 ? `${names.slice(0, -1).join('、')}和${names[names.length - 1]}` : names.join('')),
  babyCancel: '返回',
  preview: (gestation: string, due: string) => `${gestation}，预产期 ${due}`,
  childrenSection: '孩子',
  noChildren: '还没有登记孩子',
  childName: '孩子的名字（小名即可）',
  childNamePlaceholder: '例如 乐乐',
  birthDate: '出生日期',
  gender: '性别',
  girl: '女孩',
  boy: '男孩',
  removeChild: '删除这个孩子',
  addChild: '添加孩子',
  save: '保存',
  saving: '正在保存…',
  saved: '已保存',
  fixErrors: '有几处需要修改，请看标红的提示',
  restored: '已恢复您上次未保存的修改。',
  discard: '放弃修改',
  saveFailed: (message: string) => `保存失败：${message}。您填写的内容已保留。`,
  retry: '重新保存',
  consentTitle: '保存孩子和孕期信息前，请您同意',
  consentPoints: FAMILY_HEALTH_CONSENT_POINTS,
  consentRefused: '未保存：需要您的同意才能保存孩子和孕期信息。您填写的内容已保留，其他功能可照常使用。',
  signInFirst: '请先登录后再登记家庭信息',
}

/** What each consent covers and, in plain words, what withdrawing it does (privacy-policy.ts agrees). */
export const CONSENT_TEXTS: Record<ConsentScope, { title: string; covers: string; afterWithdrawal: string; withdrawn: string }> = {
  'family-health': {
    title: '家庭信息（孩子和孕期）',
    covers: '保存孩子的名字、出生日期、性别和末次月经日期，用于计算月龄、孕周并推荐服务。',
    afterWithdrawal:
      '撤回后，我们会立即删除您登记的孩子和孕期信息，以及婚孕检中记录的产检情况，首页不再显示孕周和月龄。已预约的亲子小屋活动不受影响：签到名单上仍有孩子的名字和月龄，直到活动结束，如不参加请在“我的预约”中取消。以后再登记孩子或孕期信息时，会重新征求您的同意。',
    withdrawn: '已撤回，孩子和孕期信息已删除',
  },
  'checkup-answers': {
    title: '婚孕检自查结果',
    covers: '保存自查时回答的是否计划怀孕、是否已怀孕和末次月经日期，用于推荐检查项目。',
    afterWithdrawal: '撤回后，我们会删除您保存的自查结果。以后再保存自查结果时，会重新征求您的同意。',
    withdrawn: '已撤回，自查结果已删除',
  },
  'help-sharing': {
    title: '暖心服务求助告知联系人',
    covers: '把您的求助内容（家庭情况、地址和电话）告诉您的两位双岗联系人，用于联系和上门帮助。',
    afterWithdrawal:
      '撤回后，我们会删除您提交过的全部求助记录，您的联系人将看不到这些内容，尚未完成的求助也不再处理。需要帮助时可直接拨打联系人电话或暖心服务热线；再次提交求助前，会重新征求您的同意。',
    withdrawn: '已撤回，求助记录已删除',
  },
}

export const PRIVACY_TEXTS = {
  consentsTitle: '我的授权',
  consentsIntro: '以下是您单独同意过的个人信息处理。您可以随时撤回，撤回前会请您确认。',
  given: (date: string) => `已同意 ${date}`,
  withdrawnOn: (date: string) => `已撤回 ${date}`,
  notGiven: '未同意',
  withdraw: '撤回同意',
  withdrawing: '正在撤回…',
  confirmTitle: (title: string) => `撤回“${title}”的同意？`,
  confirm: '确认撤回',
  keep: '暂不撤回',
  loadFailed: '授权记录加载失败',
  signedOut: '登录后可在这里查看和撤回您的授权。',
}
