/**
 * What the family-health consent covers, shown wherever the first sensitive save can happen
 * (家庭信息, 婚孕检's timeline, 生育支持). In the main package so every subpackage can use it.
 */
export const FAMILY_HEALTH_CONSENT_POINTS = [
  '我们会保存孩子的名字、出生日期、性别和您的末次月经日期，这些属于敏感个人信息。',
  '只用于计算月龄、孕周和您家能享受的生育补贴与假期，并为您推荐婚孕检、育儿指导和亲子活动；在生育支持中填写的参保和工资情况同样适用本项同意。',
  '只有您本人能看到；列表中不会显示完整信息，也不会提供给任何第三方。',
  '您可以随时在“家庭信息”中修改或删除这些信息，也可以在“我的 - 隐私与授权”中撤回同意，撤回后这些信息会被删除。',
]
