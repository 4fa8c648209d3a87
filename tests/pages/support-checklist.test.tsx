import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import ChecklistPage from '@/features/support/pages/checklist/index'
import { CHECKLIST_TEXTS as T, SUPPORT_TEXTS } from '@/features/support/texts'
import type { ChecklistDto } from '@/contract/support'
import { taroDouble } from '../doubles/taro'
import { actingAs } from './support/acting-as'
import { settle, toasts, wholeText } from './support/page-queries'
import { setUpPage, tearDownPage, type PageHarness } from './support/page-harness'

let h: PageHarness

beforeEach(() => {
  h = setUpPage()
})
afterEach(tearDownPage)

// 王磊's 豆豆 (u-parent-2, child-2), born 2024-09-13: seven things to do after a birth, none ticked
// yet. 林晓雯's 乐乐 (child-1) is seeded with all but 育儿补贴申领 done.
const TITLES = ['出生医学证明', '预防接种证和首针疫苗', '户口登记', '医保参保', '社保卡申领', '育儿补贴申领', '生育津贴申领']
const HEADLINE = (done: number) => `${T.birthDate('2024-09-13')} · ${T.progress(done, 7)}`
const DOUDOU = 'child-2'

const items = () => [...document.querySelectorAll('.card')].map((card) => card.getAttribute('aria-label'))
const item = (title: string) => screen.getByLabelText(new RegExp(`^${title}(：已办)?$`))

async function tickedOnBackend(childId = DOUDOU, identityId = 'u-parent-2') {
  const parent = await actingAs(h, identityId)
  const list = await parent.call<ChecklistDto>('support.checklist', { childId })
  return list.items.filter((entry) => entry.done).map((entry) => entry.id)
}

async function open(identityId: string, childId = DOUDOU) {
  await h.signInAs(identityId)
  taroDouble.setRouterParams({ childId })
  const rendered = render(<ChecklistPage />)
  await settle()
  await waitFor(() => expect(screen.queryByText('正在加载…')).toBeNull())
  return rendered
}

describe('出生一件事 page', () => {
  it('乐乐’s seven items: all but the 育儿补贴 done when she was a newborn', async () => {
    await open('u-parent', 'child-1')
    expect(screen.getByText(T.title('乐乐'))).toBeTruthy()
    expect(screen.getByText(wholeText(`${T.birthDate('2025-09-18')} · ${T.progress(6, 7)}`))).toBeTruthy()
    expect(items()).toEqual(TITLES.map((title) => (title === '育儿补贴申领' ? title : T.itemDone(title))))
    expect(within(item('育儿补贴申领')).getByRole('button', { name: T.markDone })).toBeTruthy()
  })

  it('豆豆’s seven items, none done', async () => {
    await open('u-parent-2')
    expect(screen.getByText(T.title('豆豆'))).toBeTruthy()
    expect(screen.getByText(wholeText(HEADLINE(0)))).toBeTruthy()
    expect(items()).toEqual(TITLES)
    for (const title of TITLES) expect(within(item(title)).getByRole('button', { name: T.markDone })).toBeTruthy()
    // No twins: no switch between children.
    expect(screen.queryByRole('radiogroup', { name: T.twins })).toBeNull()
  })

  it('ticking 户口登记 marks it done, counts it, and keeps it after a reload', async () => {
    const first = await open('u-parent-2')
    fireEvent.click(within(item('户口登记')).getByRole('button', { name: T.markDone }))
    await waitFor(() => expect(within(item('户口登记')).getByRole('button', { name: T.markUndone })).toBeTruthy())
    expect(item('户口登记').getAttribute('aria-label')).toBe(T.itemDone('户口登记'))
    expect(within(item('户口登记')).getByText(T.done)).toBeTruthy()
    expect(screen.getByText(wholeText(HEADLINE(1)))).toBeTruthy()
    expect(within(item('医保参保')).getByRole('button', { name: T.markDone })).toBeTruthy()
    expect(toasts()).toEqual([])
    expect(await tickedOnBackend()).toEqual(['hukou'])
    first.unmount()

    await open('u-parent-2')
    expect(within(item('户口登记')).getByRole('button', { name: T.markUndone })).toBeTruthy()
    expect(screen.getByText(wholeText(HEADLINE(1)))).toBeTruthy()

    fireEvent.click(within(item('户口登记')).getByRole('button', { name: T.markUndone }))
    await waitFor(() => expect(screen.getByText(wholeText(HEADLINE(0)))).toBeTruthy())
    expect(within(item('户口登记')).getByRole('button', { name: T.markDone })).toBeTruthy()
    expect(await tickedOnBackend()).toEqual([])
  })

  it('a tick that fails says so and leaves the item as it was', async () => {
    await open('u-parent-2')
    h.backend.failNext(1)
    fireEvent.click(within(item('户口登记')).getByRole('button', { name: T.markDone }))
    await waitFor(() => expect(toasts()).toEqual([T.failed('网络连接失败，请检查网络后重试')]))
    expect(within(item('户口登记')).getByRole('button', { name: T.markDone })).toBeTruthy()
    expect(await tickedOnBackend()).toEqual([])
  })

  it.each([
    ['another family’s child', 'child-1'],
    ['an unknown child', 'child-999'],
  ])('%s: the load error with the backend’s reason', async (_case, childId) => {
    await open('u-parent-2', childId)
    expect(screen.getByRole('alert').textContent).toContain(`${T.loadFailed}：没有找到这个孩子，家庭信息可能已更新`)
    expect(items()).toEqual([])
  })

  it('twins: each has a list of its own, and the chips switch between them', async () => {
    const lin = await actingAs(h, 'u-parent')
    // Her pregnancy at term (LMP 2026-02-20), then twins born 2026-11-22.
    const lele = { id: 'child-1', name: '乐乐', birthDate: '2025-09-18', gender: 'female' }
    await lin.call('profile.saveFamily', { family: { children: [lele], pregnancy: { lmp: '2026-02-20' } } })
    const twins = [
      { name: '大宝', birthDate: '2026-11-22', gender: 'female' },
      { name: '小宝', birthDate: '2026-11-22', gender: 'male' },
    ]
    const profile = await lin.call<{ family: { children: { id: string; name: string }[] } }>('profile.endPregnancy', {
      end: { lmp: '2026-02-20', outcome: 'born', children: twins },
    })
    const idOf = (name: string) => profile.family.children.find((child) => child.name === name)!.id
    await open('u-parent', idOf('大宝'))
    expect(screen.getByText(T.title('大宝'))).toBeTruthy()
    fireEvent.click(within(item('户口登记')).getByRole('button', { name: T.markDone }))
    await waitFor(() => expect(within(item('户口登记')).getByRole('button', { name: T.markUndone })).toBeTruthy())

    const chips = () => screen.getByRole('radiogroup', { name: T.twins })
    expect(within(chips()).getByRole('radio', { name: '大宝（已选）' })).toBeTruthy()
    fireEvent.click(within(chips()).getByRole('radio', { name: '小宝' }))
    await waitFor(() => expect(screen.getByText(T.title('小宝'))).toBeTruthy())
    expect(within(chips()).getByRole('radio', { name: '小宝（已选）' })).toBeTruthy()
    expect(within(item('户口登记')).getByRole('button', { name: T.markDone })).toBeTruthy()
    expect(screen.getByText(wholeText(`${T.birthDate('2026-11-22')} · ${T.progress(0, 7)}`))).toBeTruthy()
    expect(await tickedOnBackend(idOf('大宝'), 'u-parent')).toEqual(['hukou'])
    expect(await tickedOnBackend(idOf('小宝'), 'u-parent')).toEqual([])
  })

  it('an instructor is told the page is for parents', async () => {
    await open('u-instructor')
    expect(screen.getByRole('status').textContent).toContain(SUPPORT_TEXTS.notForRole)
  })
})
