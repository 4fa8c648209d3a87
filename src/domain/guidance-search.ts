/**
 * Keyword search over guidance articles: every word of the query must appear in the title,
 * the summary or the body; title hits rank first. Chinese has no spaces, so a query like
 * 辅食添加 matches as one phrase; 辅食 过敏 needs both words.
 */
export interface Searchable {
  title: string
  summary: string
  /** All body text joined. */
  text: string
}

/** Full-width letters and digits to half-width, lower case, spaces collapsed. */
export function normaliseQuery(raw: string): string {
  return raw
    .replace(/[\uff01-\uff5e]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ')
    .toLowerCase()
    .trim()
    .replace(/\s+/g, ' ')
}

export function queryTerms(raw: string): string[] {
  const query = normaliseQuery(raw)
  return query ? query.split(' ') : []
}

/** 0 when a term is missing; otherwise higher for title hits, then summary hits. */
export function matchScore(item: Searchable, terms: string[]): number {
  if (terms.length === 0) return 1
  const title = normaliseQuery(item.title)
  const summary = normaliseQuery(item.summary)
  const text = normaliseQuery(item.text)
  let score = 0
  for (const term of terms) {
    if (title.includes(term)) score += 10
    else if (summary.includes(term)) score += 3
    else if (text.includes(term)) score += 1
    else return 0
  }
  return score
}
