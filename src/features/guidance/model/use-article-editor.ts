import Taro from '@tarojs/taro'
import type { EditableArticle } from '@/contract/guidance'
import { useQuery } from '@/hooks/use-query'
import { useSubmit } from '@/hooks/use-submit'
import { guidanceApi } from '../service'
import { EDITOR_TEXTS as T } from '../texts'
import { inputFromDraft, type EditorDraft } from './editor-form'
import { useEditorForm } from './use-editor-form'

interface EditorOptions {
  userId: string
  /** Undefined for a new article until its first save. */
  articleId?: string
  /** A new article, once saved, becomes an edit of that article (with its own draft key). */
  onCreated: (id: string) => void
}

function useArticleWrites(articleId: string | undefined) {
  const save = useSubmit((key: string, form: EditorDraft) => guidanceApi().call('guidance.save', { id: articleId, article: inputFromDraft(form) }, { idempotencyKey: key }))
  const publish = useSubmit((key: string, id: string) => guidanceApi().call('guidance.publish', { id }, { idempotencyKey: key }))
  const unpublish = useSubmit((key: string, id: string) => guidanceApi().call('guidance.unpublish', { id }, { idempotencyKey: key }))
  return { save, publish, unpublish }
}

/**
 * The instructor writes an article: the stored one (if any) is loaded, edits are kept as a draft,
 * 保存 checks by the draft rules (a published article by the publish rules, as it stays live),
 * 发布 saves then publishes, 下架 asks first. What the backend refuses shows at its field.
 */
export function useArticleEditor({ userId, articleId, onCreated }: EditorOptions) {
  const stored = useQuery<EditableArticle | null>(() => (articleId ? guidanceApi().call('guidance.editable', { id: articleId }) : Promise.resolve(null)), [articleId], {
    refreshOnShow: false,
  })
  const { save, publish, unpublish } = useArticleWrites(articleId)
  const editor = useEditorForm(`guidance-editor:${userId}:${articleId ?? 'new'}`, stored.data, save.clearError)
  const article = stored.data
  const live = article?.status === 'published'

  async function submit(andPublish: boolean) {
    if (!editor.check(andPublish || live ? 'publish' : 'draft')) return
    const saved = await save.submit(editor.form)
    if (!saved.ok) {
      if (saved.error.fieldErrors) editor.setErrors(saved.error.fieldErrors)
      return
    }
    editor.clearDraft()
    stored.setData(saved.value)
    if (andPublish && saved.value.status !== 'published') {
      const done = await publish.submit(saved.value.id)
      if (!done.ok) {
        if (done.error.fieldErrors) editor.setErrors(done.error.fieldErrors)
        if (!articleId) onCreated(saved.value.id)
        return
      }
      void Taro.showToast({ title: T.publishedToast, icon: 'success' })
    } else {
      void Taro.showToast({ title: T.saved, icon: 'success' })
    }
    if (!articleId) onCreated(saved.value.id)
    else if (andPublish) void stored.reload()
  }

  async function takeDown() {
    if (!article) return
    const { confirm } = await Taro.showModal({ title: T.unpublish, content: T.unpublishConfirm })
    if (!confirm) return
    const result = await unpublish.submit(article.id)
    if (result.ok) {
      stored.setData(result.value)
      void Taro.showToast({ title: T.unpublishedToast, icon: 'none' })
    } else {
      void Taro.showToast({ title: result.error.message, icon: 'none' })
    }
  }

  return {
    ...editor,
    listState: stored.listState,
    article,
    live,
    /** A save or publish that failed for a reason other than the form's content. */
    failure: [save.error, publish.error].find((error) => error && error.code !== 'VALIDATION') ?? null,
    pending: save.pending || publish.pending || unpublish.pending,
    saving: save.pending,
    submit,
    takeDown,
  }
}
