import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { CHILD_ARTICLES } from '../../mock/areas/guidance/fixtures/articles-child'
import ArticlePage from '@/features/guidance/pages/article/index'
import FavouritesPage from '@/features/guidance/pages/favourites/index'
import { ARTICLE_TEXTS as T, FAVOURITES_TEXTS as F } from '@/features/guidance/texts'
import { ROUTES } from '@/routes'
import { taroDouble } from '../doubles/taro'
import { cardTitle, openedUrls, settle, textsOf, toasts } from './support/page-queries'
import { setUpPage, tearDownPage, type PageHarness } from './support/page-harness'

let h: PageHarness

beforeEach(() => {
  h = setUpPage()
})
afterEach(tearDownPage)

// 陈静's article for 1–2岁 (headings, paragraphs and a list); 周蕾 wrote 1岁以后，从辅食过渡到家庭饭菜.
const C13 = CHILD_ARTICLES.find((seed) => seed.id === 'art-c13')!
const C14 = CHILD_ARTICLES.find((seed) => seed.id === 'art-c14')!
const P12_TITLE = '孕24–28周，记得做糖耐量试验'

async function openArticle(id: string, identityId: string | null = 'u-parent') {
  if (identityId) await h.signInAs(identityId)
  taroDouble.setRouterParams({ id })
  const rendered = render(<ArticlePage />)
  await waitFor(() => expect(screen.queryByText('正在加载…')).toBeNull())
  return rendered
}

const favouriteIds = async () => (await h.call('guidance.favourites')).map((article) => article.id)
const body = () => screen.getByLabelText('正文')

describe('优生优育 article page', () => {
  it('shows the title, the author with their organisation, and the body as headings, paragraphs and list items', async () => {
    await openArticle('art-c13')

    const title = screen.getByText(C13.title)
    expect(title.className).toContain('page-title')
    // Its stage and topic tags, right under the title.
    expect(textsOf(title.nextElementSibling as HTMLElement, '.guidance__tag')).toEqual(['1–2岁', '生长监测'])
    expect(screen.getByText('陈静 · 家庭健康指导员 · 翠苑向日葵亲子小屋')).toBeTruthy()
    expect(screen.getByText(/^西湖区计生协 · 约\d+分钟读完$/)).toBeTruthy()

    const headings = C13.body.flatMap((block) => (block.kind === 'heading' ? [block.text] : []))
    const paragraphs = C13.body.flatMap((block) => (block.kind === 'paragraph' ? [block.text] : []))
    const items = C13.body.flatMap((block) => (block.kind === 'list' ? block.items : []))
    expect(textsOf(body(), '.guidance__body-heading')).toEqual(headings)
    expect(textsOf(body(), '.guidance__body-paragraph')).toEqual(paragraphs)
    const list = within(body()).getByRole('list')
    expect(textsOf(list, '.guidance__body-item')).toEqual(items)
  })

  it('周蕾’s article names her and 拱墅区计生协', async () => {
    await openArticle('art-c14')
    expect(screen.getByText(C14.title)).toBeTruthy()
    expect(screen.getByText('周蕾 · 家庭健康指导员 · 米市巷向日葵亲子小屋')).toBeTruthy()
    expect(screen.getByText(/^拱墅区计生协 · /)).toBeTruthy()
  })

  it('收藏 turns into 已收藏 and the article is in her favourites; tapping again takes it out', async () => {
    await openArticle('art-c13')
    expect(await favouriteIds()).toEqual(['art-c14', 'art-p12'])

    fireEvent.click(screen.getByRole('button', { name: T.favourite }))
    expect(await screen.findByRole('button', { name: T.favourited })).toBeTruthy()
    expect(screen.queryByRole('button', { name: T.favourite })).toBeNull()
    expect(toasts()).toEqual([T.favouriteAdded])
    expect(await favouriteIds()).toEqual(['art-c13', 'art-c14', 'art-p12'])

    fireEvent.click(screen.getByRole('button', { name: T.favourited }))
    expect(await screen.findByRole('button', { name: T.favourite })).toBeTruthy()
    expect(toasts()).toEqual([T.favouriteAdded, T.favouriteRemoved])
    expect(await favouriteIds()).toEqual(['art-c14', 'art-p12'])
  })

  it('an article she saved before opens as 已收藏', async () => {
    await openArticle('art-c14')
    expect(screen.getByRole('button', { name: T.favourited })).toBeTruthy()
  })

  it('signed out, 收藏 asks to sign in and opens the sign-in page', async () => {
    await openArticle('art-c13', null)
    expect(screen.getByText(C13.title)).toBeTruthy()

    fireEvent.click(screen.getByRole('button', { name: T.favourite }))
    expect(toasts()).toEqual([T.signInToFavourite])
    expect(openedUrls()).toEqual([ROUTES.signIn])
    expect(screen.getByRole('button', { name: T.favourite })).toBeTruthy()
  })

  it('H5: 复制链接 copies a link to the article that carries who shared it', async () => {
    await openArticle('art-c13')
    expect(screen.queryByRole('button', { name: T.share })).toBeNull()

    fireEvent.click(screen.getByRole('button', { name: T.copyLink }))
    await waitFor(() => expect(toasts()).toEqual([T.linkCopied]))
    const copied = taroDouble.callsOf('setClipboardData') as Array<{ data: string }>
    expect(copied).toHaveLength(1)
    const link = copied[0].data
    expect(link).toMatch(/^http:\/\/localhost\/#\/features\/guidance\/pages\/article\/index\?/)
    const query = new URLSearchParams(link.split('?')[1])
    expect(query.get('id')).toBe('art-c13')
    expect(query.get('from')).toBe('u-parent')
  })

  it('H5 signed out: 复制链接 still copies the article’s link, without a sharer', async () => {
    await openArticle('art-c13', null)
    fireEvent.click(screen.getByRole('button', { name: T.copyLink }))
    await waitFor(() => expect(taroDouble.callsOf('setClipboardData')).toHaveLength(1))
    const { data } = taroDouble.callsOf('setClipboardData')[0] as { data: string }
    expect(data).toContain('id=art-c13')
    expect(data).not.toContain('from=')
  })

  it('an article that does not exist says so, with 重试', async () => {
    await openArticle('art-nope')
    const alert = screen.getByRole('alert')
    expect(alert.textContent).toContain('加载失败：这篇文章不存在或已下架')
    expect(within(alert).getByRole('button', { name: '重试' })).toBeTruthy()
  })

  it('another instructor’s draft is not shown to a parent', async () => {
    await openArticle('art-d01')
    expect(screen.getByRole('alert').textContent).toContain('这篇文章不存在或已下架')
    expect(screen.queryByText('秋冬季节宝宝腹泻怎么护理')).toBeNull()
  })

  it('related articles are listed and open when tapped', async () => {
    await openArticle('art-c13')
    const related = screen.getByLabelText(T.related)
    const cards = within(related).getAllByRole('link')
    expect(cards.length).toBeGreaterThan(0)
    expect(cards.map(cardTitle)).not.toContain(C13.title)
    fireEvent.click(cards[0])
    expect(openedUrls()[0]).toMatch(new RegExp(`^${ROUTES.guidanceArticle}\\?id=art-`))
  })
})

describe('我的收藏 page', () => {
  const tab = (name: string) => screen.getByRole('tab', { name })
  const cardsIn = (label: string) => within(screen.getByLabelText(label, { selector: 'div:not([role="tab"])' })).getAllByRole('link')

  it('lists 林晓雯’s saved articles, most recently saved first', async () => {
    await h.signInAs('u-parent')
    render(<FavouritesPage />)
    await waitFor(() => expect(cardsIn(F.favourites)).toHaveLength(2))
    expect(cardsIn(F.favourites).map(cardTitle)).toEqual([C14.title, P12_TITLE])
    fireEvent.click(cardsIn(F.favourites)[0])
    expect(openedUrls()).toEqual([`${ROUTES.guidanceArticle}?id=art-c14`])
  })

  it('最近阅读 is empty before she reads anything, and lists an article after she has read it', async () => {
    await h.signInAs('u-parent')
    const first = render(<FavouritesPage />)
    await waitFor(() => expect(cardsIn(F.favourites)).toHaveLength(2))
    fireEvent.click(tab(F.history))
    expect(await screen.findByText(F.emptyHistory)).toBeTruthy()
    first.unmount()

    taroDouble.setRouterParams({ id: 'art-c13' })
    const article = render(<ArticlePage />)
    await screen.findByText(C13.title)
    article.unmount()

    render(<FavouritesPage />)
    await waitFor(() => expect(cardsIn(F.favourites)).toHaveLength(2))
    fireEvent.click(tab(F.history))
    await waitFor(() => expect(cardsIn(F.history)).toHaveLength(1))
    const card = cardsIn(F.history)[0]
    expect(cardTitle(card)).toBe(C13.title)
    expect(within(card).getByText(F.readAt('2026-11-24'))).toBeTruthy()
    expect(screen.queryByText(F.emptyHistory)).toBeNull()
  })

  it('signed out, asks to sign in', async () => {
    render(<FavouritesPage />)
    await settle()
    expect(screen.getByRole('status').textContent).toContain(F.signIn)
    fireEvent.click(screen.getByRole('button', { name: '去登录' }))
    expect(openedUrls()).toEqual([ROUTES.signIn])
  })
})
