import Taro from '@tarojs/taro'
import { useState } from 'react'
import type { ConsentScope } from '@/domain/consents'
import { userMessage } from '@/contract/errors'
import { openPage } from '@/navigation'
import { ROUTES } from '@/routes'
import { useFamilyStore } from '@/stores/family-store'
import { ConsentSheet } from './consent-sheet'

interface SheetTexts {
  title: string
  /** What is collected, why, who sees it, how to withdraw: one sentence each. */
  points: string[]
}

/**
 * Consent before a sensitive save, the same way on every page: the save is tried; if the backend
 * answers CONSENT_REQUIRED, the sheet asks; 同意 grants the scope through the family store (so
 * its cached consents stay true) and tries the same save again; 不同意 closes the sheet and
 * leaves what the user typed in place (`refused` lets the page say why nothing was saved).
 */
export function useConsentGate(scope: ConsentScope) {
  const [asking, setAsking] = useState(false)
  const [pending, setPending] = useState(false)
  const [refused, setRefused] = useState(false)
  const grantConsent = useFamilyStore((state) => state.grantConsent)

  return {
    refused,
    /** Call before a new save attempt: a refusal shown for the last attempt no longer applies. */
    forgetRefusal: () => setRefused(false),
    /** Opens the sheet before sending, when the profile already shows the consent is missing. */
    ask: () => setAsking(true),
    /** True when the save's error asked for consent: the sheet is then open. */
    askedFor(error: { code: string }): boolean {
      if (error.code !== 'CONSENT_REQUIRED') return false
      setAsking(true)
      return true
    },
    /** The sheet, drawn while asking; `retry` is the save that asked. */
    sheet(texts: SheetTexts, retry: () => unknown) {
      if (!asking) return null
      const agree = async () => {
        setPending(true)
        try {
          await grantConsent(scope)
          setAsking(false)
          await retry()
        } catch (error) {
          setAsking(false)
          void Taro.showToast({ title: userMessage(error), icon: 'none' })
        } finally {
          setPending(false)
        }
      }
      return (
        <ConsentSheet
          title={texts.title}
          points={texts.points}
          pending={pending}
          onAgree={() => void agree()}
          onRefuse={() => {
            setAsking(false)
            setRefused(true)
          }}
          onOpenPolicy={() => openPage(ROUTES.privacy)}
        />
      )
    },
  }
}
