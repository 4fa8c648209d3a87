import { Text, View } from '@tarojs/components'
import { Button } from '@/components/button'
import { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { ListState } from '@/components/list-state'
import { Notice } from '@/components/notice'
import { PageShell } from '@/components/page-shell'
import { NotForThisRole } from '@/components/page-gates'
import { useSessionStore } from '@/stores/session-store'
import { ArticleForm } from '../../components/article-form'
import { ArticlePreview } from '../../components/article-preview'
import { inputFromDraft } from '../../model/editor-form'
import { useArticleEditor } from '../../model/use-article-editor'
import { EDITOR_TEXTS as T, MINE_TEXTS } from '../../texts'
import '../../guidance.scss'

export default function EditorPage() {
  const { params } = useRouter()
  const user = useSessionStore((state) => state.session?.user ?? null)
  const [articleId, setArticleId] = useState<string | undefined>(params.id || undefined)
  // The client hides this page from parents; the backend refuses their writes regardless.
  if (user?.role !== 'instructor') {
    return <NotForThisRole message={MINE_TEXTS.onlyInstructors} tone="error" />
  }
  // The editor stays mounted when a new article is first saved, so a publish that failed right
  // after that save is still reported.
  return <Editor userId={user.id} articleId={articleId} onCreated={setArticleId} />
}

function Editor(props: { userId: string; articleId?: string; onCreated: (id: string) => void }) {
  const editor = useArticleEditor(props)
  const { form, live, pending, failure } = editor

  return (
    <PageShell>
      <Text className="page-title">{props.articleId ? T.editTitle : T.newTitle}</Text>
      <ListState {...editor.listState}>
        {editor.article && <Text className="text-secondary block">{live ? T.statusPublished : T.statusDraft}</Text>}
        {editor.restored && <Notice tone="info" message={T.restored} actions={[{ label: T.discard, onClick: editor.discard }]} />}
        {failure && <Notice tone="error" message={T.saveFailed(failure.message)} actions={[{ label: T.retry, onClick: () => void editor.submit(false) }]} />}

        {editor.preview ? <ArticlePreview input={inputFromDraft(form)} /> : <ArticleForm form={form} errors={editor.errors} onChange={editor.change} />}

        <View className="guidance__actions">
          <Button className="btn btn--secondary" onClick={editor.togglePreview}>
            {editor.preview ? T.backToEdit : T.preview}
          </Button>
          <Button className="btn btn--secondary" disabled={pending} onClick={() => void editor.submit(false)}>
            {editor.saving ? T.saving : live ? T.saveLive : T.saveDraft}
          </Button>
        </View>
        {live ? (
          <Button className="btn btn--danger btn--block" disabled={pending} onClick={() => void editor.takeDown()}>
            {T.unpublish}
          </Button>
        ) : (
          <Button className="btn btn--primary btn--block" disabled={pending} onClick={() => void editor.submit(true)}>
            {T.publish}
          </Button>
        )}
      </ListState>
    </PageShell>
  )
}
