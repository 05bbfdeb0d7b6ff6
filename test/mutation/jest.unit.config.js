// The unit project, for mutation testing (stryker.config.json): each mutant restarts Jest, so only the fast pure
// tests run against it. The soak (thousands of calls) and the 10,000-record storage tests are left out: each took
// 10–30 s per mutant under instrumentation; they stay in `npm test` as power checks.
const path = require('path')
const base = require('../../jest.config.js')

const unit = base.projects.find((p) => p.displayName === 'unit')

module.exports = {
  ...unit,
  displayName: undefined,
  rootDir: path.resolve(__dirname, '../..'),
  testPathIgnorePatterns: ['/node_modules/', '/test/unit/soak\\.test\\.ts$', '/test/unit/storage\\.test\\.ts$'],
}
