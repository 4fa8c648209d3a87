import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { ARTIFACTS_DIR, journey, startHarness, stopHarness } from './support/browser'
import { checkVisitor, VISITORS } from './support/main-pages'
import { formatReports, problemCount, type PageReport } from './support/page-checks'

beforeAll(startHarness)
afterAll(stopHarness)

const reports: PageReport[] = []
afterAll(() => {
  const table = formatReports(reports)
  mkdirSync(ARTIFACTS_DIR, { recursive: true })
  writeFileSync(path.join(ARTIFACTS_DIR, 'accessibility-staff.md'), `${table}\n`)
  console.log(`Accessibility and look, 指导员、特殊家庭、联系人 (axe-core; targets ≥ 44/48 px; button text contrast ≥ 3:1; no overflow):\n${table}`)
})

describe.each(['instructor', 'special', 'contact'] as const)('every main page, %s, normal and 长辈模式', (role) => {
  test('no critical or serious axe violation, no small target, every button readable, nothing past the screen edge, no date or short label broken', async () => {
    await journey(`accessibility-${role}`, async ({ page }) => {
      const found = await checkVisitor(page, VISITORS[role])
      reports.push(...found)
      const problems = found.filter((report) => problemCount(report) > 0)
      expect(formatReports(problems)).toBe(formatReports([]))
    })
  })
})
