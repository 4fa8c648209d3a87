export const HOME_TEXTS = {
  welcome: '欢迎使用家庭服务',
  welcomeHint: '婚孕检、育儿指导、亲子小屋、托育机构、暖心服务，一站办理',
  signIn: '选择演示身份登录',
  greeting: (name: string) => `${name}，您好`,
  personalTitle: '我的家庭',
  personalEmpty: '登记孕期或孩子的信息，这里会显示孕周、月龄和对应的服务提醒。',
  personalEmptyAction: '去登记',
  personalError: '家庭信息加载失败',
  servicesTitle: '服务',
  footnote: '演示版本：所有数据均为模拟数据，不会提交给任何机构。',
}
