// Writes the contract as OpenAPI 3.1 to src/contract/openapi.json, from the schemas in
// src/contract and the mock backend's access rules. `--check` (CI) fails when the checked-in
// file is not what the schemas say, so the published contract can never drift from the code.
// Usage: npm run openapi [-- --check]
require('./register-ts.cjs')
const fs = require('node:fs')
const path = require('node:path')
const { buildOpenApi } = require('../mock/http/openapi')

const file = path.resolve(__dirname, '..', 'src', 'contract', 'openapi.json')
const text = `${JSON.stringify(buildOpenApi(), null, 2)}\n`
const paths = Object.keys(JSON.parse(text).paths).length

if (process.argv.includes('--check')) {
  const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : ''
  if (current !== text) {
    console.error('src/contract/openapi.json is stale: run `npm run openapi` and commit it.')
    process.exit(1)
  }
  console.log(`src/contract/openapi.json is up to date (${paths} methods).`)
} else {
  fs.writeFileSync(file, text)
  console.log(`Wrote src/contract/openapi.json (${paths} methods, ${(text.length / 1024).toFixed(1)} KB).`)
}
