import { useRouter } from '@tarojs/taro'
import { ListState } from '@/components/list-state'
import { NotForThisRole } from '@/components/page-gates'
import { PageShell } from '@/components/page-shell'
import { useSessionStore } from '@/stores/session-store'
import { SessionForm } from '../../components/session-form'
import { useSessionEditor } from '../../model/use-session-editor'
import { INSTRUCTOR_TEXTS as T } from '../../texts'
import '../../rooms.scss'

export default function SessionEditorPage() {
  const { params } = useRouter()
  const role = useSessionStore((state) => state.session?.user.role ?? null)
  if (role !== 'instructor') return <NotForThisRole message={T.onlyInstructors} />
  return <Editor roomId={params.roomId ?? ''} id={params.id} />
}

function Editor({ roomId, id }: { roomId: string; id?: string }) {
  const { schedule, existing, listState } = useSessionEditor(roomId, id)
  return (
    <PageShell>
      <ListState {...listState}>{schedule && <SessionForm roomId={roomId} id={id} schedule={schedule} loaded={existing} />}</ListState>
    </PageShell>
  )
}
