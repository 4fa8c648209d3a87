// Smoke test of the built mini-program (npm run build:weapp first): loads dist/weapp in a Node vm
// with fake wx/App/Page globals. No @tarojs/taro mapping: the test only runs built files.
module.exports = {
  rootDir: __dirname,
  displayName: 'weapp',
  testEnvironment: 'node',
  transform: { '^.+\\.[jt]sx?$': 'babel-jest' },
  moduleNameMapper: { '^@/(.*)$': '<rootDir>/src/$1' },
  testMatch: ['<rootDir>/tests/weapp/**/*.test.ts'],
  testTimeout: 20000,
}
