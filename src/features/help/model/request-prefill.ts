import { HELP_TYPE_IDS, type HelpType } from '@/domain/help'

/** What a link to 我要求助 may fill in: the type and the need (我的三个全覆盖's 帮我联系签约, 帮我申请). */
export interface RequestPrefill {
  type?: HelpType
  need?: string
}

const isHelpType = (value: unknown): value is HelpType => (HELP_TYPE_IDS as readonly unknown[]).includes(value)

/** A parameter's text, decoded once (weapp hands it over still escaped); a malformed escape is dropped. */
function decoded(value: string | undefined): string | undefined {
  if (!value) return undefined
  try {
    return decodeURIComponent(value).trim() || undefined
  } catch {
    return undefined
  }
}

/**
 * The router's `type` and `need`, each only when it makes sense: a type outside the form's choices
 * is left unchosen. The need is kept as it came (its length is the form's to say).
 */
export function prefillFrom(params: Record<string, string | undefined>): RequestPrefill {
  const type = decoded(params.type)
  const need = decoded(params.need)
  return { ...(isHelpType(type) ? { type } : {}), ...(need ? { need } : {}) }
}
