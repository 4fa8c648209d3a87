// Size budgets from ARCHITECTURE.md, checked after both builds (CI runs this; so can you).
// Prints every figure on every run, and exits non-zero when a budget is exceeded.
//   weapp main package (all of dist/weapp minus the subpackage roots) ≤ 450 KB
//   each weapp subpackage ≤ 300 KB
//   H5 first-load JS (the scripts index.html loads before the first page renders) ≤ 150 KB gzip
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'

const KB = 1024
const BUDGETS = { mainKb: 450, subpackageKb: 300, h5FirstLoadGzipKb: 150 }
const WEAPP = path.resolve('dist/weapp')
const H5 = path.resolve('dist/h5')

// WeChat counts every file in the package; LICENSE.txt files are not in the uploaded code
// package but we count them anyway so the figure is never optimistic.
function sizeOf(target) {
  const stat = statSync(target)
  if (!stat.isDirectory()) return stat.size
  return readdirSync(target).reduce((sum, name) => sum + sizeOf(path.join(target, name)), 0)
}

const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`
const failures = []
function report(label, bytes, limitKb) {
  const over = bytes > limitKb * KB
  console.log(`${over ? 'OVER' : 'ok  '}  ${label.padEnd(38)} ${kb(bytes).padStart(10)}  (budget ${limitKb} KB)`)
  if (over) failures.push(`${label} is ${kb(bytes)}, budget ${limitKb} KB`)
}

for (const [dir, command] of [[WEAPP, 'build:weapp'], [H5, 'build:h5']]) {
  if (!existsSync(dir)) {
    console.error(`Missing ${path.relative(process.cwd(), dir)}: run npm run ${command} first`)
    process.exit(1)
  }
}

console.log('weapp')
const appJson = JSON.parse(readFileSync(path.join(WEAPP, 'app.json'), 'utf8'))
const subpackages = (appJson.subPackages ?? appJson.subpackages ?? []).map((entry) => entry.root.replace(/\/$/, ''))
const subpackageBytes = subpackages.map((root) => [root, sizeOf(path.join(WEAPP, root))])
const total = sizeOf(WEAPP)
const main = total - subpackageBytes.reduce((sum, [, bytes]) => sum + bytes, 0)
report('main package', main, BUDGETS.mainKb)
for (const [root, bytes] of subpackageBytes) report(`subpackage ${root}`, bytes, BUDGETS.subpackageKb)
console.log(`      ${'whole weapp build'.padEnd(38)} ${kb(total).padStart(10)}`)

console.log('h5')
const html = readFileSync(path.join(H5, 'index.html'), 'utf8')
const scripts = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((match) => match[1])
let raw = 0
let gzip = 0
for (const src of scripts) {
  const code = readFileSync(path.join(H5, src.replace(/^\//, '')))
  raw += code.length
  gzip += gzipSync(code, { level: 9 }).length
  console.log(`      ${`  ${src}`.padEnd(38)} ${kb(code.length).padStart(10)} raw`)
}
console.log(`      ${'first-load JS raw'.padEnd(38)} ${kb(raw).padStart(10)}`)
report('first-load JS gzip', gzip, BUDGETS.h5FirstLoadGzipKb)

// Test hooks stay out of production builds (they live only in dist/h5-e2e, for the browser tests).
const leaks = []
const scan = (dir) => {
  for (const name of readdirSync(dir)) {
    const file = path.join(dir, name)
    if (statSync(file).isDirectory()) scan(file)
    else if (name.endsWith('.js') && readFileSync(file, 'utf8').includes('__familyMock')) leaks.push(path.relative(process.cwd(), file))
  }
}
scan(WEAPP)
scan(H5)
console.log(`${leaks.length ? 'OVER' : 'ok  '}  test hooks in production builds: ${leaks.length ? leaks.join(', ') : 'none'}`)
if (leaks.length) failures.push(`window.__familyMock is in ${leaks.join(', ')}`)

// Each build carries one transport: the in-process build no HTTP client, the HTTP build
// (dist/h5-http, when built) no mock backend or fixtures.
const filesUnder = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name)
    return statSync(file).isDirectory() ? filesUnder(file) : name.endsWith('.js') ? [file] : []
  })
const holding = (dir, marker) => filesUnder(dir).filter((file) => readFileSync(file, 'utf8').includes(marker)).map((file) => path.relative(process.cwd(), file))
const split = [
  ['in-process build: no HTTP client', [...holding(H5, '/rpc/'), ...holding(WEAPP, '/rpc/')]],
]
const H5_HTTP = path.resolve('dist/h5-http')
if (existsSync(H5_HTTP)) split.push(['HTTP build: no mock backend or fixtures', [...holding(H5_HTTP, 'family-mock:'), ...holding(H5_HTTP, '林晓雯')]])
else console.log('      (dist/h5-http not built: npm run build:h5:http to check the HTTP build)')
for (const [label, found] of split) {
  console.log(`${found.length ? 'OVER' : 'ok  '}  ${label}${found.length ? `: ${found.join(', ')}` : ''}`)
  if (found.length) failures.push(`${label}: ${found.join(', ')}`)
}

// The schema library (issue 13): the Valibot functions the app's code imports, bundled and
// minified on their own, and where the weapp build puts them. The schemas themselves ship with
// each area (src/contract/<area>.ts, in that area's subpackage).
console.log('schema library')
const used = new Set()
const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    const file = path.join(dir, name)
    if (statSync(file).isDirectory()) walk(file)
    else if (/\.tsx?$/.test(name)) {
      for (const match of readFileSync(file, 'utf8').matchAll(/import\s*\{([^}]*)\}\s*from\s*'valibot'/g)) {
        for (const part of match[1].split(',')) {
          const name = part.trim()
          if (name && !name.startsWith('type ')) used.add(name)
        }
      }
    }
  }
}
walk(path.resolve('src'))
walk(path.resolve('mock'))
const { build } = await import('esbuild')
const bundle = await build({
  stdin: { contents: `export { ${[...used].sort().join(', ')} } from 'valibot'`, resolveDir: process.cwd() },
  bundle: true,
  minify: true,
  write: false,
  format: 'esm',
  target: 'es2017',
})
const valibot = bundle.outputFiles[0].contents
console.log(`      ${`valibot: ${used.size} functions used`.padEnd(38)} ${kb(valibot.length).padStart(10)} min, ${kb(gzipSync(valibot).length)} gzip`)
const vendors = readFileSync(path.join(WEAPP, 'vendors.js'), 'utf8')
console.log(`      ${'  in the weapp main package'.padEnd(38)} ${vendors.includes('Invalid type: Expected') || vendors.includes('~standard') ? 'yes (vendors.js, shared)' : 'no'}`)

if (failures.length > 0) {
  console.error(`\nBudget exceeded:\n- ${failures.join('\n- ')}`)
  process.exit(1)
}
console.log('\nAll size budgets met.')
