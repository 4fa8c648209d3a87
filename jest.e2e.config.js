// Browser journeys on the H5 production build (npm run build:h5 first). Run with npm run test:e2e.
module.exports = {
  rootDir: __dirname,
  displayName: 'e2e',
  testEnvironment: 'node',
  transform: { '^.+\\.[jt]sx?$': 'babel-jest' },
  moduleNameMapper: { '^@/(.*)$': '<rootDir>/src/$1' },
  testMatch: ['<rootDir>/tests/e2e/**/*.e2e.ts'],
  testTimeout: 90000,
  // Each worker starts its own Chromium; two keep a small CI machine responsive.
  maxWorkers: 2,
}
