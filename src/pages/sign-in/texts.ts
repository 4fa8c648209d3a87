export const SIGN_IN_TEXTS = {
  title: '选择演示身份',
  hint: '这是演示环境。选择一个身份即可体验对应的服务，无需手机号或密码。',
  current: '当前身份',
  signingIn: '正在登录…',
  loadFailed: '身份列表加载失败',
  signInFailed: '登录失败',
  skip: '暂不登录，先逛逛',
  welcome: (name: string) => `已登录：${name}`,
}
