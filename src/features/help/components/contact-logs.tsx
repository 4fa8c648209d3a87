import { Text, View } from '@tarojs/components'
import { NoBreakText } from '@/components/no-break-text'
import type { ContactLogDto } from '@/contract/care'
import { CONTACT_KIND_LABELS, FAMILY_STATE_LABELS } from '@/domain/care'
import { CARE_TEXTS as T } from '../care-texts'

/** 联系记录: every call, visit and video call, newest first, with the note only the two contacts see. */
export function ContactLogs({ logs }: { logs: ContactLogDto[] }) {
  return (
    <View className="card" ariaLabel={T.logs}>
      <Text className="heading">{T.logs}</Text>
      {logs.length === 0 && <Text className="text-secondary block">{T.noLogs}</Text>}
      {logs.map((log) => (
        <View key={log.id} className="care__log">
          <NoBreakText className="block" text={`${log.date} · ${CONTACT_KIND_LABELS[log.kind]} · ${T.minutes(log.durationMinutes)}`} />
          <Text className={`help__status${log.state === 'urgent' ? ' help__status--urgent' : ''}`}>{FAMILY_STATE_LABELS[log.state]}</Text>
          <Text className="text-secondary block">{T.by(log.byName)}</Text>
          {log.note && (
            <View>
              <Text className="care__label block">{T.noteLabel}</Text>
              <Text className="block">{log.note}</Text>
            </View>
          )}
          {log.nextContactDate && <NoBreakText className="text-secondary block" text={T.nextContact(log.nextContactDate)} />}
        </View>
      ))}
    </View>
  )
}
