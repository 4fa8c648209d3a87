import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import type { Page } from 'playwright-core'

/**
 * What every main page is checked for, in the page as Chromium draws it at 375×667:
 * - axe-core (WCAG 2.1 A/AA and best practice): violations counted by impact;
 * - tap targets: every control at least 44 CSS px high and wide (48 in 长辈模式);
 * - the "look": every visible button and link has text, and that text stands out from what is
 *   behind it (contrast ≥ 3:1; body text is held to 4.5:1 by axe's colour-contrast rule);
 * - nothing sticks out past the right edge of the 375 px screen (rows that scroll sideways by
 *   design, like chip rows, are scrollers and are not counted).
 */
export interface PageReport {
  page: string
  mode: 'normal' | '长辈模式'
  impacts: Record<'critical' | 'serious' | 'moderate' | 'minor', number>
  /** axe rule ids with their impact, for the log. */
  rules: string[]
  smallTargets: string[]
  unreadable: string[]
  overflowing: string[]
  /** Dates, times and phone numbers split over two lines; labels of a few characters broken in two. */
  badBreaks: string[]
}

const requireHere = createRequire(__filename)
const AXE_SOURCE = requireHere.resolve('axe-core/axe.min.js')
// The measurements run in the page. They are a plain browser script read as text, so Babel (which
// compiles the tests for Node) never rewrites them into helpers the browser does not have.
const IN_PAGE_SOURCE = readFileSync(path.join(__dirname, 'in-page-checks.js'), 'utf8')

/** Runs axe and the checks above on the page shown now. */
export async function checkPage(page: Page, label: string, elder: boolean): Promise<PageReport> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE_SOURCE })
  if (!(await page.evaluate(() => '__pageChecks' in window))) await page.addScriptTag({ content: IN_PAGE_SOURCE })
  const axeResult = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: Array<{ id: string; impact: string | null; nodes: Array<{ target?: unknown[] }> }> }> } }).axe
    const shown = Array.from(document.querySelectorAll('.taro_page')).filter((element) => getComputedStyle(element).display !== 'none')
    // The pages of the stack that are hidden are not what the person sees; check the shown one,
    // the title bar and the tab bar.
    const include = [[`#${CSS.escape(shown[shown.length - 1].id)}`], ['#taro-navigation-bar'], ['.taro-tabbar__tabbar']].filter((part) => document.querySelector(part[0]))
    const result = await axe.run({ include }, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } })
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact ?? 'minor',
      count: violation.nodes.length,
      first: String(violation.nodes[0].target?.[0] ?? '').slice(-60),
    }))
  })
  const measured = await page.evaluate(
    (minTarget) => (window as unknown as { __pageChecks: { measure(minTarget: number): Pick<PageReport, 'smallTargets' | 'unreadable' | 'overflowing' | 'badBreaks'> } }).__pageChecks.measure(minTarget),
    elder ? 48 : 44,
  )
  const impacts = { critical: 0, serious: 0, moderate: 0, minor: 0 }
  for (const violation of axeResult) impacts[violation.impact as keyof typeof impacts] += violation.count
  return {
    page: label,
    mode: elder ? '长辈模式' : 'normal',
    impacts,
    rules: axeResult.map((violation) => `${violation.id} (${violation.impact}, ${violation.count}: ${violation.first})`),
    ...measured,
  }
}

/** What a page must not have: critical or serious axe findings, and every finding of the checks above. */
export function problemCount(report: PageReport): number {
  return report.impacts.critical + report.impacts.serious + report.smallTargets.length + report.unreadable.length + report.overflowing.length + report.badBreaks.length
}

/** The table printed into the CI log: one line per page and mode. */
export function formatReports(reports: PageReport[]): string {
  const header = ['page', 'mode', 'critical', 'serious', 'moderate', 'minor', 'small targets', 'unreadable', 'overflow', 'bad breaks']
  const rows = reports.map((report) => [
    report.page,
    report.mode,
    report.impacts.critical,
    report.impacts.serious,
    report.impacts.moderate,
    report.impacts.minor,
    report.smallTargets.length,
    report.unreadable.length,
    report.overflowing.length,
    report.badBreaks.length,
  ])
  const lines = [header, ...rows].map((cells) => `| ${cells.join(' | ')} |`)
  lines.splice(1, 0, `|${header.map(() => '---').join('|')}|`)
  const details = reports
    .filter((report) => problemCount(report) + report.rules.length > 0)
    .map((report) => `${report.page} (${report.mode}): ${[...report.rules, ...report.smallTargets.map((t) => `small: ${t}`), ...report.unreadable, ...report.overflowing, ...report.badBreaks].join('; ')}`)
  return [...lines, '', ...details].join('\n')
}
