import { Text, View } from '@tarojs/components'
import { Textarea } from '@/components/taro/textarea'
import { Button } from '@/components/button'
import { FormField } from '@/components/form-field'
import { BLOCK_MAX, BODY_MIN, blockText } from '@/domain/article'
import type { FieldErrors } from '@/domain/validation'
import { blockFromEditor, type EditorBlock } from '../model/editor-form'
import { EDITOR_TEXTS as T } from '../texts'
import { ChipRow } from '@/components/chip-row'

const KINDS: Array<{ value: EditorBlock['kind']; label: string }> = [
  { value: 'heading', label: T.heading },
  { value: 'paragraph', label: T.paragraph },
  { value: 'list', label: T.list },
]

/** The body as a list of blocks: each a heading, a paragraph or a bullet list. */
export function BlockEditor({ blocks, errors, onChange }: { blocks: EditorBlock[]; errors: FieldErrors; onChange: (blocks: EditorBlock[]) => void }) {
  const update = (index: number, patch: Partial<EditorBlock>) => onChange(blocks.map((block, i) => (i === index ? { ...block, ...patch } : block)))
  const add = (kind: EditorBlock['kind']) => onChange([...blocks, { kind, text: '' }])
  const remove = (index: number) => onChange(blocks.filter((_, i) => i !== index))
  const moveUp = (index: number) => {
    if (index === 0) return
    const next = [...blocks]
    ;[next[index - 1], next[index]] = [next[index], next[index - 1]]
    onChange(next)
  }

  // The section's label comes first, as every field's does; the body's own problem sits right
  // under it, just above the first block.
  return (
    <View role="group" ariaLabel={T.body}>
      <Text className="field__label">
        {T.body}
        <Text className="field__required">*</Text>
      </Text>
      <Text className="field__hint guidance__body-hint">{T.bodyHint(BODY_MIN)}</Text>
      {errors.body && (
        <View className="field__error" role="alert">
          {errors.body}
        </View>
      )}
      {blocks.map((block, index) => {
        const label = `${T.body}第${index + 1}块（${KINDS.find((kind) => kind.value === block.kind)!.label}）`
        return (
          <View key={index} className="guidance__block" ariaLabel={label}>
            <ChipRow label={`${label}类型`} chips={KINDS} value={block.kind} onChange={(kind) => update(index, { kind: kind as EditorBlock['kind'] })} />
            <FormField label={block.kind === 'list' ? `${label} · ${T.listHint}` : label} error={errors[`body.${index}`]} count={{ length: blockText(blockFromEditor(block)).length, max: BLOCK_MAX }}>
              <Textarea
                className="field__textarea"
                value={block.text}
                maxlength={-1}
                autoHeight
                ariaLabel={label}
                onInput={(event) => update(index, { text: event.detail.value })}
              />
            </FormField>
            <View className="guidance__actions">
              {index > 0 && (
                <Button className="btn btn--secondary" onClick={() => moveUp(index)}>
                  {T.moveUp}
                </Button>
              )}
              <Button className="btn btn--danger" onClick={() => remove(index)}>
                {T.remove}
              </Button>
            </View>
          </View>
        )
      })}
      <View className="guidance__actions">
        <Button className="btn btn--secondary" onClick={() => add('heading')}>
          {T.addHeading}
        </Button>
        <Button className="btn btn--secondary" onClick={() => add('paragraph')}>
          {T.addParagraph}
        </Button>
        <Button className="btn btn--secondary" onClick={() => add('list')}>
          {T.addList}
        </Button>
      </View>
    </View>
  )
}
