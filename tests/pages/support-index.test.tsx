import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import SupportPage from '@/features/support/pages/index/index'
import { supportApi } from '@/features/support/service'
import { SUPPORT_TEXTS as T } from '@/features/support/texts'
import { ROUTES } from '@/routes'
import { openedUrls, settle, wholeText } from './support/page-queries'
import { setUpPage, tearDownPage, type PageHarness } from './support/page-harness'

let h: PageHarness

beforeEach(() => {
  h = setUpPage()
})
afterEach(tearDownPage)

// The clock is 2026-11-24. 林晓雯 (u-parent): 乐乐 (child-1) born 2025-09-18, and a pregnancy due
// 2027-04-10, her second child: 浙江 gives 98 + 90 days of 产假 from 2027-03-26.
const ZHEJIANG_LEAVE = '一孩158天，二孩、三孩188天（国家规定98天，浙江延长）'
const NATIONAL_LEAVE = '98天，另加各省延长天数'

const explainer = () => screen.getByLabelText(T.explainerTitle)
const rule = (title: string) => within(explainer()).getByLabelText(title)
const section = (title: string) => screen.getByLabelText(title)
const claimCard = (sectionTitle: string, kind: string, who: string) => within(section(sectionTitle)).getByLabelText(T.claimFor(kind, who))

async function open(identityId: string | null) {
  if (identityId) await h.signInAs(identityId)
  render(<SupportPage />)
  await settle()
  await waitFor(() => expect(screen.queryByText('正在加载…')).toBeNull())
}

describe('生育支持 page', () => {
  it('signed out: the explainer with 浙江’s 产假, and 去登录 to see the family’s own figures', async () => {
    await open(null)
    expect(within(rule('产假')).getByText(ZHEJIANG_LEAVE)).toBeTruthy()
    expect(screen.queryByText(T.mineTitle)).toBeNull()
    const notice = screen.getByRole('status')
    expect(notice.textContent).toContain(T.signInHint)
    fireEvent.click(within(notice).getByRole('button', { name: T.signIn }))
    expect(openedUrls()).toEqual([ROUTES.signIn])
  })

  it('a rule shows its figure and basis; who it is for and how to claim it open on a tap, and close again', async () => {
    await open(null)
    const subsidy = rule('育儿补贴')
    expect(subsidy.querySelector('.support__basis')?.textContent).toMatch(/^依据：《育儿补贴制度实施方案》/)
    expect(within(subsidy).queryByText(T.howToClaim)).toBeNull()
    fireEvent.click(within(subsidy).getByRole('button', { name: T.expand }))
    expect(within(subsidy).getByText(T.howToClaim)).toBeTruthy()
    expect(within(subsidy).getByText(/支付宝、微信“育儿补贴”服务/)).toBeTruthy()
    // Only the rule tapped opens.
    expect(within(rule('产假')).queryByText(T.howToClaim)).toBeNull()
    fireEvent.click(within(subsidy).getByRole('button', { name: T.collapse }))
    expect(within(subsidy).queryByText(T.howToClaim)).toBeNull()
  })

  it('an instructor: told the family figures are for parents, and the explainer is there', async () => {
    await open('u-instructor')
    expect(screen.getByRole('status').textContent).toBe(T.notForRole)
    expect(screen.queryByText(T.mineTitle)).toBeNull()
    expect(within(rule('产假')).getByText(ZHEJIANG_LEAVE)).toBeTruthy()
  })

  it('林晓雯: 育儿补贴 for 乐乐 now, with its basis; 产假 for her 188 days soon', async () => {
    await open('u-parent')
    const subsidy = claimCard(T.now, '育儿补贴', '乐乐')
    expect(within(subsidy).getByText('3,600 元/年')).toBeTruthy()
    const fromBackend = (await supportApi().call('support.mine')).claims.find((claim) => claim.kind === '育儿补贴')!
    expect(within(subsidy).getByText(wholeText(T.basis(fromBackend.basis, fromBackend.checkedOn)))).toBeTruthy()
    expect(subsidy.querySelector('.support__basis')?.textContent).toMatch(/^依据：.+（核对日期 \d{4}-\d{2}-\d{2}）$/)

    const leave = claimCard(T.soon, '产假', '妈妈')
    expect(within(leave).getByText('188 天')).toBeTruthy()
    expect(within(leave).getByText(wholeText(T.period('2027-03-26', '2027-09-29')))).toBeTruthy()
    expect(within(section(T.now)).queryByLabelText(T.claimFor('产假', '妈妈'))).toBeNull()
  })

  it('林晓雯 has not said her situation: 填写我的情况 opens 我的情况', async () => {
    await open('u-parent')
    const notice = screen.getByText(T.noSituation).closest('[role="status"]') as HTMLElement
    fireEvent.click(within(notice).getByRole('button', { name: T.fillSituation }))
    expect(openedUrls()).toEqual([ROUTES.supportSituation])
  })

  it('乐乐的出生一件事 opens her checklist', async () => {
    await open('u-parent')
    expect(screen.getByText(T.checklistValue(6, 7, 0))).toBeTruthy()
    fireEvent.click(screen.getByText(T.checklistRow('乐乐')))
    expect(openedUrls()).toEqual([`${ROUTES.supportChecklist}?childId=child-1`])
  })

  it('a parent’s page leads with her own figures; the whole explainer opens on request, in her 参保地', async () => {
    await h.signInAs('u-parent')
    await supportApi().call('support.saveSituation', { situation: { region: 'national', motherInsured: false, averageMonthlyWage: null, deductionSplit: 'one-parent', expectedBabies: 1, difficultBirth: false } }, { idempotencyKey: 'national' })
    await open(null)
    expect(screen.queryByLabelText(T.explainerTitle)).toBeNull()
    fireEvent.click(screen.getByRole('button', { name: T.showExplainer }))
    await waitFor(() => expect(within(rule('产假')).getByText(NATIONAL_LEAVE)).toBeTruthy())
    expect(within(screen.getByRole('radiogroup', { name: T.regionChips })).getByRole('radio', { name: /^其他省份.*（已选）$/ })).toBeTruthy()
  })

  it('the 参保地 chips: 其他省份 shows the national 产假', async () => {
    await open(null)
    const chips = screen.getByRole('radiogroup', { name: T.regionChips })
    expect(within(chips).getByRole('radio', { name: '浙江（已选）' })).toBeTruthy()
    fireEvent.click(within(chips).getByRole('radio', { name: /^其他省份/ }))
    await waitFor(() => expect(within(rule('产假')).getByText(NATIONAL_LEAVE)).toBeTruthy())
    expect(within(explainer()).queryByText(ZHEJIANG_LEAVE)).toBeNull()
    expect(within(chips).getByRole('radio', { name: /^其他省份.*（已选）$/ })).toBeTruthy()
  })
})
