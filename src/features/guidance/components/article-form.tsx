import { View } from '@tarojs/components'
import { Input } from '@/components/taro/input'
import { Textarea } from '@/components/taro/textarea'
import { ChipRow } from '@/components/chip-row'
import { FormField } from '@/components/form-field'
import { COVERS, SUMMARY_MAX, TITLE_MAX, type CoverId } from '@/domain/article'
import { STAGES, TOPICS, type StageId, type TopicId } from '@/domain/guidance'
import type { FieldErrors } from '@/domain/validation'
import type { EditorDraft } from '../model/editor-form'
import { COVER_LABELS, EDITOR_TEXTS as T } from '../texts'
import { BlockEditor } from './block-editor'

interface Props {
  form: EditorDraft
  errors: FieldErrors
  onChange: (patch: Partial<EditorDraft>) => void
}

/** The editor's fields: title, stages, topic, summary, cover and the body's blocks. */
export function ArticleForm({ form, errors, onChange: change }: Props) {
  return (
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
  )
}
