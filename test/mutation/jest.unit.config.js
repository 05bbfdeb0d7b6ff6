// The unit project alone, for mutation testing (stryker.config.json): each mutant restarts Jest, so only the
// fast pure tests run against it.
const path = require('path')
const base = require('../../jest.config.js')

const unit = base.projects.find((p) => p.displayName === 'unit')

module.exports = { ...unit, displayName: undefined, rootDir: path.resolve(__dirname, '../..') }
