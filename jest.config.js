// `npm test` runs these three suites; the weapp smoke test and the browser journeys have their
// own configs (tests/weapp, tests/e2e) because they need a build first.
const shared = {
  rootDir: __dirname,
  transform: { '^.+\\.[jt]sx?$': 'babel-jest' },
  moduleNameMapper: {
    // Styles first: an `@/….scss` import is a style, not a module under src/.
    '\\.(css|scss)$': '<rootDir>/tests/doubles/style.ts',
    '^@/(.*)$': '<rootDir>/src/$1',
    '^@tarojs/taro$': '<rootDir>/tests/doubles/taro.ts',
    '^@tarojs/components$': '<rootDir>/tests/doubles/components.tsx',
  },
  setupFiles: ['<rootDir>/tests/support/env.ts'],
}

module.exports = {
  projects: [
    { ...shared, displayName: 'unit', testEnvironment: 'node', testMatch: ['<rootDir>/tests/unit/**/*.test.ts'] },
    { ...shared, displayName: 'contract', testEnvironment: 'node', testMatch: ['<rootDir>/tests/contract/**/*.test.ts'] },
    {
      ...shared,
      displayName: 'pages',
      testEnvironment: 'jsdom',
      testMatch: ['<rootDir>/tests/pages/**/*.test.tsx'],
      setupFilesAfterEnv: ['<rootDir>/tests/support/pages-setup.ts'],
    },
  ],
}
