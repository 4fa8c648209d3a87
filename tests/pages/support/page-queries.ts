/** DOM lookups shared by the page tests: fields by their label, their error, chips, toasts. */
import { act, within } from '@testing-library/react'
import { taroDouble } from '../../doubles/taro'

/** The FormField whose label reads `label` (the required "*" aside). */
export function fieldLabelled(label: string, container: HTMLElement = document.body): HTMLElement {
  const labels = [...container.querySelectorAll('.field__label')].filter(
    (node) => (node.firstChild?.textContent ?? '') === label || node.textContent === label || node.textContent === `${label}*`,
  )
  if (labels.length !== 1) throw new Error(`expected one field labelled ${label}, found ${labels.length}`)
  return labels[0].closest('.field') as HTMLElement
}

/** The error shown under the field holding `element` (null when there is none). */
export function errorAt(element: HTMLElement): string | null {
  const field = element.closest('.field') as HTMLElement | null
  if (!field) throw new Error('element is not inside a form field')
  return within(field).queryByRole('alert')?.textContent ?? null
}

/** The error shown under the field labelled `label`. */
export const errorOfField = (label: string): string | null => errorAt(fieldLabelled(label))

/** The chip (radio or checkbox) currently on in a chip group, by its text. */
export function chosenIn(group: HTMLElement): string[] {
  return [...group.querySelectorAll('[role="radio"],[role="checkbox"]')]
    .filter((chip) => chip.getAttribute('aria-label')?.endsWith('（已选）'))
    .map((chip) => chip.textContent ?? '')
}

/** The titles of the toasts shown so far. */
export const toasts = (): string[] => taroDouble.callsOf('showToast').map((call) => (call as { title: string }).title)

/** The urls the page navigated to with navigateTo. */
export const openedUrls = (): string[] => taroDouble.callsOf('navigateTo').map((call) => (call as { url: string }).url)
/** Pages opened in place of the current one (redirectTo): Back skips the page that opened them. */
export const redirectedUrls = (): string[] => taroDouble.callsOf('redirectTo').map((call) => (call as { url: string }).url)

/** Text of every element matching `selector` inside `container`, in order. */
export const textsOf = (container: HTMLElement, selector: string): string[] =>
  [...container.querySelectorAll(selector)].map((node) => node.textContent ?? '')

/** Lets calls already made (the backend answers at once) finish and the page re-render. */
export async function settle(): Promise<void> {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0))
  })
}

/**
 * A card link's title: the first heading-like text on it. Cards are named by all their text (what
 * a screen reader reads), so tests find a card by the title a person sees first.
 */
export const cardTitle = (card: Element): string =>
  card.querySelector('.guidance__card-title, .rooms__name, .centres__name, .checkup__programme-name, .home__service-label, .heading')?.textContent ?? ''

/** The one card link whose title is `title` (or matches it). */
export function cardTitled(title: string | RegExp, container: HTMLElement = document.body): HTMLElement {
  const cards = [...container.querySelectorAll<HTMLElement>('[role="link"]')].filter((card) =>
    typeof title === 'string' ? cardTitle(card) === title : title.test(cardTitle(card)),
  )
  if (cards.length !== 1) throw new Error(`expected one card titled ${String(title)}, found ${cards.length}`)
  return cards[0]
}

/**
 * A matcher for getByText when a line is drawn in pieces (NoBreakText keeps each date, time and
 * phone number in its own span): the element holding the whole text, not its parts or parents.
 */
export const wholeText =
  (text: string) =>
  (_content: string, element: Element | null): boolean =>
    element?.textContent === text && ![...element.children].some((child) => child.textContent === text)
