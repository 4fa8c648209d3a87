import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import EditorPage from '@/features/guidance/pages/editor/index'
import { EDITOR_TEXTS as T } from '@/features/guidance/texts'
import type { RpcRequest } from '@/contract/rpc'
import { taroDouble } from '../doubles/taro'
import { chosenIn, errorAt, toasts } from './support/page-queries'
import { setUpPage, tearDownPage, type PageHarness } from './support/page-harness'

let h: PageHarness

beforeEach(() => {
  h = setUpPage()
})
afterEach(tearDownPage)

const ARTICLE = {
  title: '宝宝学走路，鞋子怎么选',
  summary: '学步期的鞋要轻、软、合脚，鞋底防滑，鞋头宽松。',
  paragraph:
    '孩子刚开始学走路时，在家里光脚或穿防滑袜最好，可以锻炼足弓和平衡。到户外再穿学步鞋：鞋底要软而防滑，前掌能弯折，鞋头留出一指宽，后跟稍硬能包住脚踝。',
}
const DRAFT_KEY = 'family-app:draft:guidance-editor:u-instructor:new'

const titleInput = () => screen.getByLabelText(T.title) as HTMLInputElement
const summaryInput = () => screen.getByLabelText(T.summary) as HTMLTextAreaElement
const firstBlock = () => screen.getByLabelText('正文第1块（段落）', { selector: 'textarea' }) as HTMLTextAreaElement
const stageChips = () => screen.getByRole('group', { name: T.stages })
const topicChips = () => screen.getByRole('radiogroup', { name: T.topic })
const type = (element: HTMLElement, value: string) => fireEvent.change(element, { target: { value } })

async function openEditor(identityId = 'u-instructor') {
  await h.signInAs(identityId)
  const rendered = render(<EditorPage />)
  await waitFor(() => expect(screen.queryByText('正在加载…')).toBeNull())
  return rendered
}

function fillCompleteArticle() {
  type(titleInput(), ARTICLE.title)
  fireEvent.click(within(stageChips()).getByRole('checkbox', { name: '1–2岁' }))
  fireEvent.click(within(topicChips()).getByRole('radio', { name: '生活照料' }))
  type(summaryInput(), ARTICLE.summary)
  type(firstBlock(), ARTICLE.paragraph)
}

/** 陈静's articles on the backend, by title. */
const myTitles = async () => (await h.call('guidance.mine')).map((article) => article.title)

describe('写文章 (editor) page', () => {
  it('a parent is told only instructors can write, and sees no form', async () => {
    await openEditor('u-parent')
    expect(screen.getByRole('alert').textContent).toContain('只有家庭健康指导员可以写文章')
    expect(screen.queryByLabelText(T.title)).toBeNull()
    expect(screen.queryByRole('button', { name: T.publish })).toBeNull()
  })

  it('发布 with an empty form shows each problem at its field and saves nothing', async () => {
    await openEditor()
    const before = await myTitles()
    fireEvent.click(screen.getByRole('button', { name: T.publish }))

    expect(errorAt(titleInput())).toBe('请填写标题')
    expect(errorAt(stageChips())).toBe('请至少选择一个阶段')
    expect(errorAt(topicChips())).toBe('请选择一个主题')
    expect(errorAt(summaryInput())).toBe('摘要至少10个字')
    expect(errorAt(firstBlock())).toBe('这一段是空的，请填写或删除')
    // The whole body's problem sits just above its first block.
    const bodyError = screen.getByText('正文至少50个字')
    expect(bodyError.getAttribute('role')).toBe('alert')
    expect(bodyError.nextElementSibling?.getAttribute('aria-label')).toBe('正文第1块（段落）')
    expect(toasts()).toEqual([T.fixErrors])

    expect(await myTitles()).toEqual(before)
    expect(screen.getByText(T.newTitle)).toBeTruthy()
  })

  it('the 正文 section is labelled before its first block, not under it', async () => {
    await openEditor()
    const section = screen.getByRole('group', { name: T.body })
    const label = section.firstElementChild!
    expect(label.textContent).toBe(`${T.body}*`)
    expect(section.contains(firstBlock())).toBe(true)
    // The label comes before the first block in reading order.
    expect(label.compareDocumentPosition(firstBlock()) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
    // One 正文 label: none left under the blocks.
    expect(screen.getAllByText(T.body, { exact: true })).toHaveLength(1)
  })

  it('a short title and summary are refused with their limits', async () => {
    await openEditor()
    type(titleInput(), '辅食')
    type(summaryInput(), '太短了')
    fireEvent.click(screen.getByRole('button', { name: T.publish }))
    expect(errorAt(titleInput())).toBe('标题至少5个字')
    expect(errorAt(summaryInput())).toBe('摘要至少10个字')
  })

  it('fixing the title clears its error at once', async () => {
    await openEditor()
    fireEvent.click(screen.getByRole('button', { name: T.publish }))
    expect(errorAt(titleInput())).toBe('请填写标题')
    type(titleInput(), ARTICLE.title)
    expect(errorAt(titleInput())).toBeNull()
  })

  // Errors shown after 发布 are re-checked with the publish rules, not the (looser) draft rules.
  it('errors of fields not yet fixed stay while the instructor fixes another one', async () => {
    await openEditor()
    fireEvent.click(screen.getByRole('button', { name: T.publish }))
    expect(errorAt(topicChips())).toBe('请选择一个主题')

    type(titleInput(), ARTICLE.title)
    expect(errorAt(topicChips())).toBe('请选择一个主题')
    expect(errorAt(stageChips())).toBe('请至少选择一个阶段')
    expect(errorAt(summaryInput())).toBe('摘要至少10个字')
  })

  it('a complete article is published: parents’ feed for 1–2岁 then lists it', async () => {
    await openEditor()
    fillCompleteArticle()
    expect(chosenIn(stageChips())).toEqual(['1–2岁'])
    expect(chosenIn(topicChips())).toEqual(['生活照料'])
    fireEvent.click(screen.getByRole('button', { name: T.publish }))

    expect(await screen.findByText(T.statusPublished)).toBeTruthy()
    expect(toasts()).toEqual([T.publishedToast])
    // It is now an edit of the published article: 下架 instead of 发布.
    expect(screen.getByText(T.editTitle)).toBeTruthy()
    expect(screen.getByRole('button', { name: T.unpublish })).toBeTruthy()
    expect(titleInput().value).toBe(ARTICLE.title)
    expect(screen.queryByRole('alert')).toBeNull()
    expect(taroDouble.storage.has(DRAFT_KEY)).toBe(false)

    const feed = await h.call('guidance.feed', { stage: 'toddler-12-24', page: 1, pageSize: 50 })
    const listed = feed.items.find((item) => item.title === ARTICLE.title)
    expect(listed).toMatchObject({ summary: ARTICLE.summary, stages: ['toddler-12-24'], topic: 'daily-care', authorName: '陈静' })
    // A parent can read it.
    cleanup()
    await h.signInAs('u-parent')
    const article = await h.call('guidance.article', { id: listed!.id })
    expect(article.body).toEqual([{ kind: 'paragraph', text: ARTICLE.paragraph }])
    expect(article.status).toBe('published')
  })

  it('a failed save keeps everything typed, says so with 重新保存, and 重新保存 saves it', async () => {
    await openEditor()
    fillCompleteArticle()
    h.backend.failNext(1)
    fireEvent.click(screen.getByRole('button', { name: T.publish }))

    const failure = await screen.findByText(T.saveFailed('网络连接失败，请检查网络后重试'))
    const notice = failure.closest('[role="alert"]') as HTMLElement
    expect(titleInput().value).toBe(ARTICLE.title)
    expect(summaryInput().value).toBe(ARTICLE.summary)
    expect(firstBlock().value).toBe(ARTICLE.paragraph)
    expect(chosenIn(stageChips())).toEqual(['1–2岁'])
    expect(chosenIn(topicChips())).toEqual(['生活照料'])
    expect(await myTitles()).not.toContain(ARTICLE.title)
    expect(taroDouble.storage.has(DRAFT_KEY)).toBe(true)

    fireEvent.click(within(notice).getByRole('button', { name: T.retry }))
    expect(await screen.findByText(T.statusDraft)).toBeTruthy()
    expect(screen.queryByText(T.saveFailed('网络连接失败，请检查网络后重试'))).toBeNull()
    expect(toasts()).toContain(T.saved)
    const mine = await h.call('guidance.mine')
    expect(mine.filter((article) => article.title === ARTICLE.title)).toHaveLength(1)
  })

  // The first save creates the article; a publish failing right after must still be reported.
  it('a new article that saves but fails to publish says that publishing failed', async () => {
    await openEditor()
    fillCompleteArticle()
    const handle = h.backend.handle.bind(h.backend)
    jest.spyOn(h.backend, 'handle').mockImplementation((request: RpcRequest) =>
      request.method === 'guidance.publish'
        ? Promise.resolve({ ok: false, error: { code: 'NETWORK', message: '网络连接失败，请检查网络后重试' } })
        : handle(request),
    )
    fireEvent.click(screen.getByRole('button', { name: T.publish }))

    await waitFor(() => expect(screen.getByText(T.editTitle)).toBeTruthy())
    await waitFor(() => expect(screen.queryByText('正在加载…')).toBeNull())
    // Saved as a draft, not published…
    expect((await h.call('guidance.mine')).find((article) => article.title === ARTICLE.title)?.status).toBe('draft')
    expect(toasts()).not.toContain(T.publishedToast)
    // …and the page should say so.
    expect(screen.getByRole('alert').textContent).toContain('网络连接失败')
  })

  it('what was typed survives leaving the page and coming back, until 放弃修改', async () => {
    const first = await openEditor()
    type(titleInput(), ARTICLE.title)
    fireEvent.click(within(stageChips()).getByRole('checkbox', { name: '孕中期' }))
    type(summaryInput(), ARTICLE.summary)
    first.unmount()

    render(<EditorPage />)
    expect(await screen.findByText(T.restored)).toBeTruthy()
    expect(titleInput().value).toBe(ARTICLE.title)
    expect(summaryInput().value).toBe(ARTICLE.summary)
    expect(chosenIn(stageChips())).toEqual(['孕中期'])

    fireEvent.click(screen.getByRole('button', { name: T.discard }))
    expect(titleInput().value).toBe('')
    expect(summaryInput().value).toBe('')
    expect(chosenIn(stageChips())).toEqual([])
    expect(screen.queryByText(T.restored)).toBeNull()
    expect(taroDouble.storage.has(DRAFT_KEY)).toBe(false)
  })
})
