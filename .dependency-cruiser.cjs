// The layering of README.md ("Layout"), checked by `npm run lint:deps`
// (part of `npm run lint`). Data flows page → feature model → typed client → transport → mock;
// each rule below forbids one way of going against it. A folder cycle is impossible while the
// layer rules hold: every allowed edge goes down the order domain < contract < mock/services <
// stores/hooks < components < features/pages < app.
const FEATURES = '^src/features/([^/]+)/'
const SUBPACKAGES = '^src/features/(account|checkup|guidance|rooms|centres|help|support)/'

/** Paths a layer may not import: everything above it. */
const ABOVE = {
  domain: ['^src/(?!domain/)', '^mock/'],
  contract: ['^src/(?!domain/|contract/)', '^mock/'],
  services: ['^src/(?!domain/|contract/|services/)', '^mock/'],
  stores: ['^src/(components|features|pages|app)/', '^src/[^/]+\\.tsx?$', '^mock/'],
  hooks: ['^src/(components|stores|features|pages|app)/', '^src/[^/]+\\.tsx?$', '^mock/'],
  components: ['^src/(services|features|pages|app)/(?!clock\\.ts$)', '^mock/'],
}

module.exports = {
  forbidden: [
    { name: 'no-file-cycles', severity: 'error', comment: 'No import cycle between files.', from: {}, to: { circular: true } },
    {
      name: 'domain-is-pure',
      severity: 'error',
      comment: 'src/domain holds pure rules: it imports only itself and dayjs (no Taro, React, zustand, no app code).',
      from: { path: '^src/domain/' },
      to: { pathNot: ['^src/domain/', '^node_modules/dayjs/'] },
    },
    { name: 'contract-below-client', severity: 'error', from: { path: '^src/contract/' }, to: { path: ABOVE.contract } },
    {
      name: 'contract-libraries',
      severity: 'error',
      comment: 'The contract is schemas (valibot) over domain types: no Taro, React or store.',
      from: { path: '^src/contract/' },
      to: { dependencyTypes: ['npm'], pathNot: ['^node_modules/(valibot|dayjs)/'] },
    },
    {
      name: 'mock-imports-contract-and-domain-only',
      severity: 'error',
      comment: 'The mock backend is a server: it may use the contract and the domain rules, never the app (client, stores, pages).',
      from: { path: '^mock/' },
      to: { path: '^src/', pathNot: ['^src/(contract|domain)/'] },
    },
    { name: 'services-below-app', severity: 'error', comment: 'The client and transports know no mock, store or page; the composition root (src/app) wires the mock in.', from: { path: '^src/services/' }, to: { path: ABOVE.services } },
    { name: 'stores-below-ui', severity: 'error', from: { path: '^src/stores/' }, to: { path: ABOVE.stores } },
    { name: 'hooks-below-ui', severity: 'error', from: { path: '^src/hooks/' }, to: { path: ABOVE.hooks } },
    { name: 'components-are-presentational', severity: 'error', comment: 'Shared components never call the client: a page or a model passes them data.', from: { path: '^src/components/' }, to: { path: ABOVE.components } },
    {
      name: 'no-feature-imports-another',
      severity: 'error',
      comment: 'Each feature is its own subpackage: what two features share lives in src/components, src/hooks, src/stores or src/domain.',
      from: { path: FEATURES },
      to: { path: '^src/features/', pathNot: ['^src/features/$1/'] },
    },
    {
      name: 'main-package-imports-no-subpackage',
      severity: 'error',
      comment: 'A main-package file importing a subpackage would ship it in the main package (or fail on weapp).',
      from: { path: '^src/', pathNot: [SUBPACKAGES] },
      to: { path: SUBPACKAGES },
    },
    {
      name: 'pages-call-through-a-model',
      severity: 'error',
      comment: 'A page renders; its feature model (model/) calls the client. Pages and components of a feature do not import the client.',
      from: { path: ['^src/features/[^/]+/(pages|components)/', '^src/pages/(?!model/)'] },
      to: { path: ['^src/services/index\\.ts$', '^src/services/transport\\.ts$', '^src/features/[^/]+/service\\.ts$'] },
    },
    {
      name: 'only-the-root-wires-the-mock',
      severity: 'error',
      comment: 'Only the composition root (src/app) and a feature\'s register-mock.ts (which ships its mock area in its subpackage) touch the mock backend.',
      from: { path: '^src/', pathNot: ['^src/app(/|\\.ts$)', '^src/features/[^/]+/register-mock\\.ts$'] },
      to: { path: ['^mock/', '^src/app/(?!clock\\.ts$)'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // TypeScript sources as written (type-only imports count: they tie the layers too).
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'], extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'] },
    reporterOptions: { text: { highlightFocused: true } },
  },
}
