/**
 * A number field's text as a whole number within 0…max (the limits the search takes, in
 * SEARCH_LIMITS), or nothing while it is empty or not a number: typing 50 months searches 36.
 */
export function wholeWithin(text: string, max: number): number | undefined {
  const value = text.trim()
  if (value === '' || Number.isNaN(Number(value))) return undefined
  return Math.max(0, Math.min(max, Math.floor(Number(value))))
}
