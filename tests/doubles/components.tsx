/**
 * Small DOM stand-ins for @tarojs/components in jsdom. Events carry `detail.value` the way
 * Taro's do, so pages are driven the same way a user drives them.
 */
import React from 'react'

type Props = Record<string, unknown> & { children?: React.ReactNode; className?: string }

function pickDom(props: Props): Record<string, unknown> {
  const dom: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(props)) {
    if (key === 'onClick' || key === 'className' || key === 'id' || key === 'style' || key === 'role') dom[key] = value
    if (key.startsWith('aria-') || key.startsWith('data-')) dom[key] = value
  }
  // Taro spells accessibility props in camelCase (ariaLabel); the DOM wants aria-label.
  if (props.ariaLabel) dom['aria-label'] = props.ariaLabel
  if (props.ariaRole) dom.role = props.ariaRole
  return dom
}

export const View = ({ children, ...props }: Props) => <div {...pickDom(props)}>{children}</div>
export const Text = ({ children, ...props }: Props) => <span {...pickDom(props)}>{children}</span>
export const Label = ({ children, ...props }: Props) => <label {...pickDom(props)}>{children}</label>
export const ScrollView = View
export const Block = ({ children }: Props) => <>{children}</>

export const Image = ({ src, ...props }: Props) => <img src={src as string} alt="" {...pickDom(props)} />

export const Button = ({ children, disabled, loading, onClick, ...props }: Props) => (
  <button
    type="button"
    disabled={Boolean(disabled)}
    aria-busy={Boolean(loading)}
    onClick={onClick as React.MouseEventHandler}
    {...pickDom(props)}
  >
    {children}
  </button>
)

function valueEvent(value: unknown) {
  return { detail: { value }, target: { value } }
}

export const Input = ({ value, placeholder, onInput, onBlur, type, maxlength, disabled, ...props }: Props) => (
  <input
    value={(value as string) ?? ''}
    placeholder={placeholder as string}
    type={type === 'number' || type === 'digit' ? 'text' : 'text'}
    maxLength={maxlength as number}
    disabled={Boolean(disabled)}
    aria-label={(props.ariaLabel as string) ?? (placeholder as string)}
    onChange={(event) => (onInput as ((e: unknown) => void) | undefined)?.(valueEvent(event.target.value))}
    onBlur={(event) => (onBlur as ((e: unknown) => void) | undefined)?.(valueEvent(event.target.value))}
    {...pickDom(props)}
  />
)

export const Textarea = ({ value, placeholder, onInput, maxlength, ...props }: Props) => (
  <textarea
    value={(value as string) ?? ''}
    placeholder={placeholder as string}
    maxLength={maxlength as number}
    aria-label={(props.ariaLabel as string) ?? (placeholder as string)}
    onChange={(event) => (onInput as ((e: unknown) => void) | undefined)?.(valueEvent(event.target.value))}
    {...pickDom(props)}
  />
)

export const Switch = ({ checked, onChange, ...props }: Props) => (
  <input
    type="checkbox"
    role="switch"
    aria-label={props.ariaLabel as string}
    checked={Boolean(checked)}
    onChange={(event) => (onChange as ((e: unknown) => void) | undefined)?.(valueEvent(event.target.checked))}
    {...pickDom(props)}
  />
)

/** A date picker is a text box in tests: typing a date is the same as picking it. */
export const Picker = ({ children, value, onChange, mode, ...props }: Props) => (
  <div data-picker={mode as string} {...pickDom(props)}>
    <input
      aria-label={`picker:${(props.ariaLabel as string) ?? mode}`}
      value={(value as string) ?? ''}
      onChange={(event) => (onChange as ((e: unknown) => void) | undefined)?.(valueEvent(event.target.value))}
    />
    {children}
  </div>
)
