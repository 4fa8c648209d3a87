import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { CHILD_ARTICLES } from '../../mock/areas/guidance/fixtures/articles-child'
import { PREGNANCY_ARTICLES } from '../../mock/areas/guidance/fixtures/articles-pregnancy'
import type { StageId } from '@/domain/guidance'
import GuidanceFeedPage from '@/features/guidance/pages/index/index'
import { GUIDANCE_TEXTS as T } from '@/features/guidance/texts'
import { ROUTES } from '@/routes'
import { useFamilyStore } from '@/stores/family-store'
import { cardTitle, cardTitled, chosenIn, openedUrls } from './support/page-queries'
import { setUpPage, tearDownPage, type PageHarness } from './support/page-harness'

let h: PageHarness

beforeEach(() => {
  h = setUpPage()
})
afterEach(tearDownPage)

const SEEDS = [...PREGNANCY_ARTICLES, ...CHILD_ARTICLES]
const titlesFor = (stage: StageId) => SEEDS.filter((seed) => seed.stages.includes(stage)).map((seed) => seed.title)

const forWhom = () => screen.getByRole('radiogroup', { name: T.forWhom })
const topics = () => screen.getByRole('radiogroup', { name: T.topic })
const pick = (group: HTMLElement, label: string) => fireEvent.click(within(group).getByRole('radio', { name: label }))
const list = () => screen.getByLabelText('文章列表')
/**
 * The article cards shown, by title, in order. Read from the cards' link role directly: a
 * *ByRole query works out the accessibility tree (styles of every ancestor) for each of the 44
 * cards, and waitFor runs it on every DOM change, which made this file the slowest under load.
 */
const listed = () => Array.from(list().querySelectorAll('[role="link"]'), cardTitle)
const countText = () => screen.getByText(/^共 \d+ 篇$/).textContent
const search = (query: string) => {
  fireEvent.change(screen.getByLabelText(T.search), { target: { value: query } })
  fireEvent.click(screen.getByRole('button', { name: T.search }))
}

async function openAs(identityId: string | null, { familyLoaded = false } = {}) {
  if (identityId) await h.signInAs(identityId)
  // As on 首页, where the family is loaded before anyone opens 优生优育.
  if (familyLoaded) await useFamilyStore.getState().load()
  const rendered = render(<GuidanceFeedPage />)
  return rendered
}

describe('优生优育 feed', () => {
  it('林晓雯 sees her own family first (孕期 · 孕中期, 乐乐 · 1–2岁) and the 孕中期 articles', async () => {
    await openAs('u-parent')
    await waitFor(() => expect(chosenIn(forWhom())).toEqual(['孕期 · 孕中期']))
    await waitFor(() => expect(countText()).toBe(T.resultCount(7)))

    const chips = within(forWhom()).getAllByRole('radio').map((chip) => chip.textContent)
    expect(chips).toEqual(['孕期 · 孕中期', '乐乐 · 1–2岁', '备孕', '孕早期', '孕晚期', '0–6月', '6–12月', '2–3岁', '全部阶段'])
    expect(listed().sort()).toEqual(titlesFor('pregnancy-mid').sort())
    // Every card is tagged with the stage it is listed for.
    for (const card of within(list()).getAllByRole('link')) expect(within(card).getByText('孕中期')).toBeTruthy()
  })

  it('choosing 乐乐 · 1–2岁 shows the 1–2岁 articles instead', async () => {
    await openAs('u-parent')
    await waitFor(() => expect(countText()).toBe(T.resultCount(7)))
    pick(forWhom(), '乐乐 · 1–2岁')

    await waitFor(() => expect(countText()).toBe(T.resultCount(11)))
    expect(chosenIn(forWhom())).toEqual(['乐乐 · 1–2岁'])
    expect(listed().sort()).toEqual(titlesFor('toddler-12-24').sort())
    expect(listed()).not.toContain('孕24–28周，记得做糖耐量试验')
  })

  it('a topic chip narrows the stage’s articles to that topic, and 全部 brings the rest back', async () => {
    await openAs('u-parent')
    await waitFor(() => expect(countText()).toBe(T.resultCount(7)))
    pick(forWhom(), '乐乐 · 1–2岁')
    await waitFor(() => expect(countText()).toBe(T.resultCount(11)))

    pick(topics(), '常见病')
    await waitFor(() => expect(countText()).toBe(T.resultCount(3)))
    expect(chosenIn(topics())).toEqual(['常见病'])
    expect(listed().sort()).toEqual(
      ['打完疫苗后发热、红肿，家长该怎么护理', '孩子发热了，什么时候该去医院', '腹泻时预防脱水：口服补液盐怎么用'].sort(),
    )
    for (const card of within(list()).getAllByRole('link')) expect(within(card).getByText('常见病')).toBeTruthy()

    pick(topics(), T.all)
    await waitFor(() => expect(countText()).toBe(T.resultCount(11)))
  })

  it('搜索 finds the matching articles (title matches first), and 清除 goes back to the full list', async () => {
    await openAs('u-parent')
    await waitFor(() => expect(countText()).toBe(T.resultCount(7)))
    pick(forWhom(), T.allStages)
    await waitFor(() => expect(countText()).toBe(T.resultCount(44)))

    search('辅食')
    await waitFor(() => expect(countText()).toBe(T.resultCount(4)))
    expect(listed().slice(0, 2).sort()).toEqual(['1岁以后，从辅食过渡到家庭饭菜', '满6个月添加辅食：从富含铁的泥糊状食物开始'].sort())
    expect(listed().slice(2).sort()).toEqual(['孕期做好母乳喂养的准备', '纯母乳喂养满6个月，新手妈妈要知道的事'].sort())

    fireEvent.click(screen.getByRole('button', { name: `${T.clearSearch}“辅食”` }))
    await waitFor(() => expect(countText()).toBe(T.resultCount(44)))
    expect((screen.getByLabelText(T.search) as HTMLInputElement).value).toBe('')
  })

  // A search now looks through every stage (the stage is chosen for her automatically); the
  // chosen stage stays chosen, its articles first, and the page says what it did.
  it('a search within the selected stage keeps the stage', async () => {
    await openAs('u-parent')
    await waitFor(() => expect(countText()).toBe(T.resultCount(7)))
    search('糖耐量')
    expect(await screen.findByText(T.searchedAllStages(2, '孕中期', 2))).toBeTruthy()
    expect(listed()[0]).toBe('孕24–28周，记得做糖耐量试验')
    expect(chosenIn(forWhom())).toEqual(['孕期 · 孕中期'])
  })

  it('a search finds the articles of other stages too: 乐乐’s first, the rest under their own heading; 清除 goes back to 乐乐’s', async () => {
    await openAs('u-parent')
    await waitFor(() => expect(countText()).toBe(T.resultCount(7)))
    pick(forWhom(), '乐乐 · 1–2岁')
    await waitFor(() => expect(countText()).toBe(T.resultCount(11)))

    search('辅食')
    expect(await screen.findByText('在全部阶段中找到 4 篇，先列出适合乐乐的')).toBeTruthy()
    expect(listed()[0]).toBe('1岁以后，从辅食过渡到家庭饭菜')
    expect(listed().slice(1)).toContain('满6个月添加辅食：从富含铁的泥糊状食物开始')
    // The heading sits between 乐乐’s article and the others.
    const heading = within(list()).getByText(T.otherStages)
    expect(cardTitle(heading.previousElementSibling!)).toBe('1岁以后，从辅食过渡到家庭饭菜')
    expect(chosenIn(forWhom())).toEqual(['乐乐 · 1–2岁'])

    fireEvent.click(screen.getByRole('button', { name: `${T.clearSearch}“辅食”` }))
    await waitFor(() => expect(countText()).toBe(T.resultCount(11)))
    expect(listed().sort()).toEqual(titlesFor('toddler-12-24').sort())
    expect(screen.queryByText(T.otherStages)).toBeNull()
  })

  it('a search with nothing for the chosen stage still lists what exists, and says none of it is for that stage', async () => {
    await openAs('u-parent')
    await waitFor(() => expect(countText()).toBe(T.resultCount(7)))
    search('辅食')
    expect(await screen.findByText('在全部阶段中找到 4 篇，没有专门适合孕中期的')).toBeTruthy()
    expect(listed()).toContain('满6个月添加辅食：从富含铁的泥糊状食物开始')
    expect(screen.queryByText(T.empty)).toBeNull()
    expect(screen.queryByText(T.otherStages)).toBeNull()
    expect(chosenIn(forWhom())).toEqual(['孕期 · 孕中期'])
  })

  it('a query with no hits shows the empty state and its hint', async () => {
    await openAs('u-parent')
    await waitFor(() => expect(countText()).toBe(T.resultCount(7)))
    search('量子力学')

    expect(await screen.findByText(T.empty)).toBeTruthy()
    // The search already looked through every stage, so the hint does not suggest choosing 全部.
    expect(screen.getByText(T.emptySearchHint(true))).toBeTruthy()
    expect(screen.queryByLabelText('文章列表')).toBeNull()
    expect(screen.queryByText(/^共 \d+ 篇$/)).toBeNull()
  })

  it('shows 20 articles at a time; 加载更多 appends the next ones until 已经到底了', async () => {
    await openAs('u-parent')
    await waitFor(() => expect(countText()).toBe(T.resultCount(7)))
    pick(forWhom(), T.allStages)
    await waitFor(() => expect(countText()).toBe(T.resultCount(44)))

    const pages = await Promise.all([1, 2, 3].map((page) => h.call('guidance.feed', { page, pageSize: 20 })))
    const byPage = pages.map((page) => page.items.map((item) => item.title))
    expect(listed()).toEqual(byPage[0])
    expect(screen.queryByText(T.noMore)).toBeNull()

    fireEvent.click(screen.getByRole('button', { name: T.loadMore }))
    await waitFor(() => expect(listed()).toHaveLength(40))
    expect(listed()).toEqual([...byPage[0], ...byPage[1]])

    fireEvent.click(screen.getByRole('button', { name: T.loadMore }))
    await waitFor(() => expect(listed()).toHaveLength(44))
    expect(listed()).toEqual([...byPage[0], ...byPage[1], ...byPage[2]])
    expect(new Set(listed()).size).toBe(44)
    expect(screen.getByText(T.noMore)).toBeTruthy()
    expect(screen.queryByRole('button', { name: T.loadMore })).toBeNull()
    expect(countText()).toBe(T.resultCount(44))
  })

  it('加载更多 that fails says so on the button and keeps what is shown; tapping again loads the page', async () => {
    await openAs('u-parent')
    await waitFor(() => expect(countText()).toBe(T.resultCount(7)))
    pick(forWhom(), T.allStages)
    await waitFor(() => expect(listed()).toHaveLength(20))

    h.backend.failNext(1)
    fireEvent.click(screen.getByRole('button', { name: T.loadMore }))
    const again = await screen.findByRole('button', { name: `${T.loadFailed}，${T.loadMore}` })
    expect(listed()).toHaveLength(20)

    fireEvent.click(again)
    await waitFor(() => expect(listed()).toHaveLength(40))
    expect(screen.getByRole('button', { name: T.loadMore })).toBeTruthy()
  })

  it('a network failure shows the error with 重试, which loads the feed', async () => {
    await h.signInAs('u-parent')
    await useFamilyStore.getState().load()
    h.backend.failNext(1)
    render(<GuidanceFeedPage />)

    const alert = await screen.findByRole('alert')
    expect(alert.textContent).toContain(`${T.loadFailed}：网络连接失败，请检查网络后重试`)
    expect(screen.queryByLabelText('文章列表')).toBeNull()

    fireEvent.click(within(alert).getByRole('button', { name: '重试' }))
    await waitFor(() => expect(countText()).toBe(T.resultCount(7)))
    expect(screen.queryByRole('alert')).toBeNull()
    expect(listed().sort()).toEqual(titlesFor('pregnancy-mid').sort())
  })

  it('tapping an article opens it', async () => {
    await openAs('u-parent')
    await waitFor(() => expect(countText()).toBe(T.resultCount(7)))
    fireEvent.click(cardTitled('孕24–28周，记得做糖耐量试验', list()))
    expect(openedUrls()).toEqual([`${ROUTES.guidanceArticle}?id=art-p12`])
  })

  it('an instructor (陈静) sees 我的文章 and 写文章, which open those pages', async () => {
    await openAs('u-instructor')
    await waitFor(() => expect(screen.getByText(/^共 \d+ 篇$/)).toBeTruthy())
    fireEvent.click(screen.getByRole('button', { name: T.mine }))
    fireEvent.click(screen.getByRole('button', { name: T.write }))
    expect(openedUrls()).toEqual([ROUTES.guidanceMine, ROUTES.guidanceEditor])
  })

  it('a parent sees neither 我的文章 nor 写文章', async () => {
    await openAs('u-parent')
    await waitFor(() => expect(countText()).toBe(T.resultCount(7)))
    expect(screen.queryByRole('button', { name: T.mine })).toBeNull()
    expect(screen.queryByRole('button', { name: T.write })).toBeNull()
  })
})
