// Prints the code's shape as the layering issue measures it: functions over 80 lines, page and
// component imports of the client, folder cycles, deep relative imports, Date.now() outside the
// clock. `npm run shape` (or `node scripts/shape-report.cjs <dir>` for another checkout).
const fs = require('node:fs')
const path = require('node:path')
const { execFileSync } = require('node:child_process')
const ts = require('typescript')

const root = path.resolve(process.argv[2] ?? path.join(__dirname, '..'))
const SOURCES = ['src', 'mock']

function files(dir) {
  const out = []
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) out.push(...files(full))
    else if (/\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts')) out.push(full)
  }
  return out
}

function longFunctions(file) {
  const text = fs.readFileSync(file, 'utf8')
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS)
  const found = []
  const visit = (node) => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const start = source.getLineAndCharacterOfPosition(node.getStart()).line
      const end = source.getLineAndCharacterOfPosition(node.getEnd()).line
      const lines = end - start + 1
      if (lines > 80) found.push({ file: path.relative(root, file), line: start + 1, lines, name: node.name?.getText() ?? '(anonymous)' })
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return found
}

const all = SOURCES.flatMap((dir) => (fs.existsSync(path.join(root, dir)) ? files(path.join(root, dir)) : []))
const long = all.flatMap(longFunctions)
const deep = all.reduce((n, f) => n + (fs.readFileSync(f, 'utf8').match(/from '\.\.\/\.\.\/\.\.\/\.\.\//g) ?? []).length, 0)
const dateNow = all.filter((f) => !f.endsWith(path.join('app', 'clock.ts')) && f.includes(`${path.sep}src${path.sep}`)).reduce((n, f) => n + (fs.readFileSync(f, 'utf8').match(/Date\.now\(\)/g) ?? []).length, 0)
const pages = all.filter((f) => /[\\/]src[\\/](features[\\/][^\\/]+[\\/])?pages[\\/].*index\.tsx$/.test(f))
const pageLines = pages.map((f) => ({ file: path.relative(root, f), lines: fs.readFileSync(f, 'utf8').split('\n').length })).sort((a, b) => b.lines - a.lines)

// Import edges, from dependency-cruiser (the project's own, so both checkouts are read alike).
const cruiser = path.join(__dirname, '..', 'node_modules', '.bin', 'depcruise')
const graph = JSON.parse(execFileSync(cruiser, [...SOURCES.filter((d) => fs.existsSync(path.join(root, d))), '--no-config', '--ts-pre-compilation-deps', '--ts-config', 'tsconfig.json', '--output-type', 'json'], { cwd: root, maxBuffer: 1 << 28 }).toString())
const isUi = (p) => /^src\/(features\/[^/]+\/)?(pages|components)\//.test(p) && !p.includes('/model/')
const isClient = (p) => /^src\/services\/(index|transport)\.ts$/.test(p) || /^src\/features\/[^/]+\/service\.ts$/.test(p)
const uiToClient = []
const folderOf = (p) => {
  const parts = p.split('/')
  if (parts[0] === 'src' && parts[1] === 'features') return parts.slice(0, 3).join('/')
  return parts.length === 2 ? p : parts.slice(0, 2).join('/')
}
const folders = new Map()
for (const m of graph.modules) {
  for (const d of m.dependencies) {
    if (isUi(m.source) && isClient(d.resolved)) uiToClient.push(`${m.source} → ${d.resolved}`)
    if (!/^(src|mock)\//.test(m.source) || !/^(src|mock)\//.test(d.resolved)) continue
    const a = folderOf(m.source)
    const b = folderOf(d.resolved)
    if (a === b || !a.includes('/') || !b.includes('/') || /\.[a-z]+$/.test(a) || /\.[a-z]+$/.test(b)) continue
    if (!folders.has(a)) folders.set(a, new Set())
    folders.get(a).add(b)
  }
}
// Folder cycles: strongly connected components of more than one folder (Tarjan).
let index = 0
const stack = []
const info = new Map()
const cycles = []
function strong(v) {
  info.set(v, { index, low: index, onStack: true })
  index++
  stack.push(v)
  for (const w of folders.get(v) ?? []) {
    if (!info.has(w)) {
      strong(w)
      info.get(v).low = Math.min(info.get(v).low, info.get(w).low)
    } else if (info.get(w).onStack) info.get(v).low = Math.min(info.get(v).low, info.get(w).index)
  }
  if (info.get(v).low === info.get(v).index) {
    const component = []
    let w
    do {
      w = stack.pop()
      info.get(w).onStack = false
      component.push(w)
    } while (w !== v)
    if (component.length > 1) cycles.push(component.sort())
  }
}
for (const v of folders.keys()) if (!info.has(v)) strong(v)

console.log(`functions over 80 lines: ${long.length}`)
for (const f of long) console.log(`  ${f.file}:${f.line} ${f.name} (${f.lines} lines)`)
console.log(`pages over 100 lines: ${pageLines.filter((p) => p.lines > 100).length} of ${pageLines.length}; longest ${pageLines.slice(0, 3).map((p) => `${p.file} ${p.lines}`).join(', ')}`)
console.log(`page/component → client imports: ${uiToClient.length}`)
for (const edge of uiToClient) console.log(`  ${edge}`)
console.log(`folder cycles: ${cycles.length}${cycles.map((c) => `\n  {${c.join(', ')}}`).join('')}`)
console.log(`imports starting ../../../../: ${deep}`)
console.log(`Date.now() in src outside the clock: ${dateNow}`)
