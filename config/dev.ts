import type { UserConfigExport } from '@tarojs/cli'

export default {
  logger: { quiet: false, stats: true },
  mini: {},
  h5: { devServer: { port: 10086, host: '127.0.0.1' } },
} satisfies UserConfigExport<'webpack5'>
