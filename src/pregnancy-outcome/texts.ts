/**
 * What 首页, 婚孕检 and the family form say once a pregnancy on record reaches 42 weeks (宝宝出生了
 * is offered from 28 weeks too), and after it ends. Plain and calm: the same words fit a birth and
 * a loss, so nothing here congratulates or consoles, and nothing is pressed on anyone.
 */
export const OUTCOME_TEXTS = {
  question: '宝宝出生了吗？',
  explain: (due: string, daysPast: number) =>
    `按末次月经推算，预产期 ${due} 已过去${daysPast}天。告诉我们现在的情况，这里就不再显示孕周和产检提醒。`,
  born: '宝宝出生了',
  ended: '本次孕期已结束',
  ending: '正在保存…',
  endTitle: '结束本次孕期记录',
  endContent: '首页和婚孕检将不再显示孕周和产检提醒，不需要再填写其他信息。愿您好好休息，照顾好自己。',
  endConfirm: '结束记录',
  endCancel: '再想想',
  endedDone: '已结束本次孕期记录',
  endFailed: (message: string) => `${message}，请稍后再试`,
  preconception: '如果您之后有再次怀孕的打算，可以先做一次免费的孕前优生健康检查。',
  preconceptionAction: '了解孕前优生健康检查',
  preconceptionDismiss: '知道了',
}
