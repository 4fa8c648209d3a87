/** The contact buttons' words, apart from their code: a page's texts can use them without the gated APIs. */
export const CONTACT_TEXTS = {
  call: '拨打电话',
  navigate: '导航',
  copyAddress: '复制地址',
  copied: '地址已复制',
} as const
