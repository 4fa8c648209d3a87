import path from 'node:path'
import { defineConfig, type UserConfigExport } from '@tarojs/cli'
import devConfig from './dev'
import prodConfig from './prod'

// The mock backend lives outside src/ (it is not app code) but ships in the bundle for the
// in-process transport, so Taro's script loader must compile it too.
const MOCK_DIR = path.resolve(__dirname, '..', 'mock')

// The form elements (see src/components/taro/make-element.h5.ts) and Taro's H5 API families are
// independent parts only some pages use: each gets its own shared chunk, fetched by those pages.
const OWN_CHUNK_ELEMENTS = ['taro-input-core', 'taro-textarea-core', 'taro-picker-core', 'picker-group', 'taro-picker-group', 'taro-switch-core']
const COMPONENT_PART = /[\\/]node_modules[\\/]@tarojs[\\/]components[\\/]dist[\\/]components[\\/]([^\\/]+?)\.js$/
const API_PART = /[\\/]node_modules[\\/]@tarojs[\\/]taro-h5[\\/]dist[\\/]api[\\/]([^\\/]+)[\\/]([^\\/.]+)/

/**
 * vendor-taro-input-core (one form element), vendor-taro-h5-ui-interaction (one API family), and
 * one vendor-shared chunk for every other library code two pages share: on a slow network each
 * extra file of a page is another round trip (14 small files made 首页's LCP 0.45 s later).
 */
function vendorChunkName(module: { resource?: string | null }): string {
  const resource = module.resource ?? ''
  const component = COMPONENT_PART.exec(resource)
  if (component && OWN_CHUNK_ELEMENTS.includes(component[1])) return `vendor-${component[1]}`
  const api = API_PART.exec(resource)
  if (api) return `vendor-taro-h5-${api[1]}-${api[2]}`
  return 'vendor-shared'
}

type SplitChunks = { cacheGroups?: Record<string, unknown> } & Record<string, unknown>

/**
 * Taro's H5 split shares modules between initial chunks only, so every route chunk (each page is
 * loaded on demand) carried its own copy of @tarojs/components and anything else two pages use:
 * 67 chunks of up to 400 KB, 11 MB on disk. These groups give pages one shared copy, fetched once.
 */
function shareAsyncChunks(splitChunks: SplitChunks): SplitChunks {
  return {
    ...splitChunks,
    // A page's load fetches at most 3 files (its own chunk and 2 shared ones): on Fast 3G each
    // extra round of requests cost ~0.5 s of 首页's LCP (3.75 s with 12 files, 3.2 s with 8).
    maxAsyncRequests: 3,
    cacheGroups: {
      ...splitChunks.cacheGroups,
      asyncVendors: { test: /[\\/]node_modules[\\/]/, chunks: 'async', minChunks: 2, priority: 20, reuseExistingChunk: true, name: vendorChunkName },
      asyncCommon: { chunks: 'async', minChunks: 2, minSize: 4000, priority: 5, reuseExistingChunk: true },
    },
  }
}
export default defineConfig<'webpack5'>(async (merge) => {
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'family-services',
    date: '2026-11-24',
    designWidth: 750,
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'src',
    // `@/x` is `src/x` in every import (tsconfig paths, jest and scripts/register-ts.cjs agree).
    alias: { '@': path.resolve(__dirname, '..', 'src') },
    // The e2e build (with test hooks) and the HTTP-transport build go beside the default one.
    outputRoot: `dist/${process.env.TARO_ENV}${process.env.TARO_APP_TEST_HOOKS === 'true' ? '-e2e' : process.env.TARO_APP_API === 'http' ? '-http' : ''}`,
    plugins: [],
    framework: 'react',
    // Dependency prebundling crashes the H5 dev server with this webpack/enhanced-resolve set
    // (options.roots.map, then _writeVirtualFile); the build is fast enough without it.
    compiler: { type: 'webpack5', prebundle: { enable: false } },
    cache: { enable: false },
    // Taro's weapp minifier writes every Chinese character as \uXXXX (6 bytes for 3): the app's
    // text is Chinese, so that alone cost ~117 KB of the weapp JS. Both runtimes read UTF-8.
    terser: { enable: true, config: { output: { ascii_only: false } } },
    mini: {
      compile: { include: [MOCK_DIR] },
      // Taro puts every @tarojs/* module into taro.js in the main package; VirtualList is used
      // only by the 托育机构 subpackage, so it is left to that subpackage's own chunk.
      webpackChain(chain) {
        const splitChunks = chain.optimization.get('splitChunks')
        const taro = splitChunks?.cacheGroups?.taro
        if (taro) {
          const test = taro.test as (module: { context?: string }) => boolean
          taro.test = (module: { context?: string }) => test(module) && !/components-advanced/.test(module.context ?? '')
          chain.optimization.splitChunks(splitChunks)
        }
      },
      // Component stylesheets use disjoint class names, so their order between chunks is irrelevant.
      miniCssExtractPluginOption: { ignoreOrder: true },
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } },
      },
    },
    h5: {
      publicPath: '/',
      staticDirectory: 'static',
      router: { mode: 'hash' },
      compile: { include: [MOCK_DIR] },
      miniCssExtractPluginOption: { ignoreOrder: true },
      webpackChain(chain) {
        // scripts/check-budgets.mjs enforces our own, stricter H5 budget; webpack's generic hint is noise.
        chain.performance.hints(false)
        chain.optimization.splitChunks(shareAsyncChunks(chain.optimization.get('splitChunks')))
        chain.module
          .rule('drop-icon-font')
          .test(/[\\/]@tarojs[\\/]components[\\/]dist[\\/]taro-components[\\/]taro-components\.css$/)
          .pre()
          .use('drop-icon-font')
          .loader(path.resolve(__dirname, 'drop-icon-font-loader.cjs'))
      },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } },
      },
    },
  }
  if (process.env.NODE_ENV === 'development') return merge({}, baseConfig, devConfig)
  return merge({}, baseConfig, prodConfig)
})
