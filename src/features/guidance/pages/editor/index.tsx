import { Text, View } from '@tarojs/components'
import { Input } from '@/components/taro/input'
import { Textarea } from '@/components/taro/textarea'
import { Button } from '@/components/button'
import Taro, { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { FormField } from '@/components/form-field'
import { ListState } from '@/components/list-state'
import { Notice } from '@/components/notice'
import { PageShell } from '@/components/page-shell'
import { articleErrors, COVERS, SUMMARY_MAX, TITLE_MAX, type CoverId } from '@/domain/article'
import { stageLabel, STAGES, topicLabel, TOPICS, type StageId, type TopicId } from '@/domain/guidance'
import { hasErrors, type FieldErrors } from '@/domain/validation'
import { useDraft } from '@/hooks/use-draft'
import { useLoader } from '@/hooks/use-loader'
import { useSubmit } from '@/hooks/use-submit'
import type { EditableArticle } from '@/contract/guidance'
import { useSessionStore } from '@/stores/session-store'
import { ArticleBody, ArticleCover } from '../../components/article-body'
import { BlockEditor } from '../../components/block-editor'
import { ChipRow } from '@/components/chip-row'
import { draftFromArticle, EMPTY_EDITOR, inputFromDraft, type EditorDraft } from '../../editor-form'
import { guidanceApi } from '../../service'
import { COVER_LABELS, EDITOR_TEXTS as T, GUIDANCE_TEXTS, MINE_TEXTS } from '../../texts'
import '../../guidance.scss'
import { NotForThisRole } from '@/components/page-gates'

export default function EditorPage() {
  const { params } = useRouter()
  const user = useSessionStore((state) => state.session?.user ?? null)
  const [articleId, setArticleId] = useState<string | undefined>(params.id || undefined)
  // The client hides this page from parents; the backend refuses their writes regardless.
  if (user?.role !== 'instructor') {
    return (
      <NotForThisRole message={MINE_TEXTS.onlyInstructors} tone="error" />
    )
  }
  // A new article, once saved, becomes an edit of that article (with its own draft key). The
  // editor stays mounted so a publish that failed right after the first save is still reported.
  return <Editor userId={user.id} articleId={articleId} onCreated={setArticleId} />
}

function Editor({ userId, articleId, onCreated }: { userId: string; articleId?: string; onCreated: (id: string) => void }) {
  const stored = useLoader<EditableArticle | null>(() => (articleId ? guidanceApi().call('guidance.editable', { id: articleId }) : Promise.resolve(null)), [articleId])
  const { draft, setDraft, clearDraft, restoredAtOpen } = useDraft<EditorDraft>(`guidance-editor:${userId}:${articleId ?? 'new'}`)
  const [errors, setErrors] = useState<FieldErrors>({})
  // Errors shown are re-checked as the user types, by the same rules that found them.
  const [checkedAs, setCheckedAs] = useState<'draft' | 'publish'>('draft')
  const [preview, setPreview] = useState(false)
  const save = useSubmit((key: string, form: EditorDraft) => guidanceApi().call('guidance.save', { id: articleId, article: inputFromDraft(form) }, { idempotencyKey: key }))
  const publish = useSubmit((key: string, id: string) => guidanceApi().call('guidance.publish', { id }, { idempotencyKey: key }))
  const unpublish = useSubmit((key: string, id: string) => guidanceApi().call('guidance.unpublish', { id }, { idempotencyKey: key }))

  const article = stored.data
  const form = draft ?? (article ? draftFromArticle(article) : EMPTY_EDITOR)
  const live = article?.status === 'published'

  function change(patch: Partial<EditorDraft>) {
    setDraft({ ...form, ...patch })
    save.clearError()
    if (hasErrors(errors)) {
      const now = articleErrors(inputFromDraft({ ...form, ...patch }), checkedAs)
      setErrors(Object.fromEntries(Object.keys(errors).filter((key) => now[key]).map((key) => [key, now[key]])))
    }
  }

  async function submit(andPublish: boolean) {
    const mode = andPublish || live ? 'publish' : 'draft'
    const found = articleErrors(inputFromDraft(form), mode)
    setCheckedAs(mode)
    setErrors(found)
    if (hasErrors(found)) {
      setPreview(false)
      void Taro.showToast({ title: T.fixErrors, icon: 'none' })
      return
    }
    const saved = await save.submit(form)
    if (!saved.ok) {
      if (saved.error.fieldErrors) setErrors(saved.error.fieldErrors)
      return
    }
    clearDraft()
    stored.setData(saved.value)
    if (andPublish && saved.value.status !== 'published') {
      const done = await publish.submit(saved.value.id)
      if (!done.ok) {
        if (done.error.fieldErrors) setErrors(done.error.fieldErrors)
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

  const failure = [save.error, publish.error].find((error) => error && error.code !== 'VALIDATION')
  const pending = save.pending || publish.pending || unpublish.pending
  const input = inputFromDraft(form)

  return (
    <PageShell>
      <Text className="page-title">{articleId ? T.editTitle : T.newTitle}</Text>
      <ListState status={stored.status} errorMessage={`${GUIDANCE_TEXTS.loadFailed}：${stored.error}`} onRetry={() => void stored.reload()}>
        {article && <Text className="text-secondary block">{live ? T.statusPublished : T.statusDraft}</Text>}
        {restoredAtOpen && draft && (
          <Notice tone="info" message={T.restored} actions={[{ label: T.discard, onClick: () => { clearDraft(); setErrors({}) } }]} />
        )}
        {failure && <Notice tone="error" message={T.saveFailed(failure.message)} actions={[{ label: T.retry, onClick: () => void submit(false) }]} />}

        {preview ? (
          <View ariaLabel={T.preview}>
            <ArticleCover cover={input.cover} topic={input.topic} />
            <Text className="page-title">{input.title}</Text>
            <View>
              {input.stages.map((stage) => (
                <Text key={stage} className="guidance__tag">
                  {stageLabel(stage)}
                </Text>
              ))}
              {input.topic && <Text className="guidance__tag">{topicLabel(input.topic)}</Text>}
            </View>
            <Text className="guidance__summary">{input.summary}</Text>
            <View className="card">
              <ArticleBody body={input.body} />
            </View>
          </View>
        ) : (
          <View className="card">
            <FormField label={T.title} error={errors.title} count={{ length: form.title.trim().length, max: TITLE_MAX }} required>
              <Input
                className="field__input"
                value={form.title}
                maxlength={-1}
                placeholder={T.titlePlaceholder}
                ariaLabel={T.title}
                onInput={(event) => change({ title: event.detail.value })}
              />
            </FormField>
            <FormField label={T.stages} error={errors.stages} required>
              <ChipRow
                label={T.stages}
                multiple
                chips={STAGES.map((stage) => ({ value: stage.id, label: stage.label }))}
                selected={form.stages}
                onChange={(value) => {
                  const stage = value as StageId
                  change({ stages: form.stages.includes(stage) ? form.stages.filter((s) => s !== stage) : [...form.stages, stage] })
                }}
              />
            </FormField>
            <FormField label={T.topic} error={errors.topic} required>
              <ChipRow
                label={T.topic}
                chips={TOPICS.map((topic) => ({ value: topic.id, label: topic.label }))}
                selected={[form.topic]}
                onChange={(value) => change({ topic: value as TopicId })}
              />
            </FormField>
            <FormField label={T.summary} error={errors.summary} count={{ length: form.summary.trim().length, max: SUMMARY_MAX }} required>
              <Textarea
                className="field__textarea"
                value={form.summary}
                maxlength={-1}
                placeholder={T.summaryPlaceholder}
                ariaLabel={T.summary}
                onInput={(event) => change({ summary: event.detail.value })}
              />
            </FormField>
            <FormField label={T.cover} error={errors.cover}>
              <ChipRow
                label={T.cover}
                chips={[{ value: 'none', label: T.noCover }, ...COVERS.map((cover) => ({ value: cover, label: COVER_LABELS[cover] }))]}
                selected={[form.cover ?? 'none']}
                onChange={(value) => change({ cover: value === 'none' ? null : (value as CoverId) })}
              />
            </FormField>
            <BlockEditor blocks={form.body} errors={errors} onChange={(body) => change({ body })} />
          </View>
        )}

        <View className="guidance__actions">
          <Button className="btn btn--secondary" onClick={() => setPreview(!preview)}>
            {preview ? T.backToEdit : T.preview}
          </Button>
          <Button className="btn btn--secondary" disabled={pending} onClick={() => void submit(false)}>
            {save.pending ? T.saving : live ? T.saveLive : T.saveDraft}
          </Button>
        </View>
        {live ? (
          <Button className="btn btn--danger btn--block" disabled={pending} onClick={() => void takeDown()}>
            {T.unpublish}
          </Button>
        ) : (
          <Button className="btn btn--primary btn--block" disabled={pending} onClick={() => void submit(true)}>
            {T.publish}
          </Button>
        )}
      </ListState>
    </PageShell>
  )
}
