import { consentsToList, isConsentScope, keptUnderConsent, type ConsentFacts } from '@/domain/consents'

const GIVEN = '2026-10-25T02:00:00.000Z'
const none = (scope: ConsentFacts['scope']): ConsentFacts => ({ scope, givenAt: null, withdrawnAt: null })

describe('consentsToList', () => {
  it('lists what each role is asked for, in a fixed order, even when not given', () => {
    expect(consentsToList('parent', []).map((fact) => fact.scope)).toEqual(['family-health', 'checkup-answers'])
    expect(consentsToList('instructor', []).map((fact) => fact.scope)).toEqual(['family-health', 'checkup-answers'])
    expect(consentsToList('special_family', [])).toEqual([none('help-sharing')])
    expect(consentsToList('contact', [])).toEqual([])
  })

  it('never hides a consent that was given or withdrawn, whatever the role', () => {
    const given = { scope: 'checkup-answers' as const, givenAt: GIVEN, withdrawnAt: null }
    expect(consentsToList('contact', [none('family-health'), given])).toEqual([given])
    const withdrawn = { scope: 'family-health' as const, givenAt: null, withdrawnAt: GIVEN }
    expect(consentsToList('special_family', [withdrawn])).toEqual([withdrawn, none('help-sharing')])
  })

  it('keeps the facts it is given', () => {
    const facts: ConsentFacts[] = [
      { scope: 'family-health', givenAt: GIVEN, withdrawnAt: null },
      { scope: 'checkup-answers', givenAt: null, withdrawnAt: GIVEN },
    ]
    expect(consentsToList('parent', facts)).toEqual(facts)
  })
})

describe('keptUnderConsent', () => {
  it('keeps data saved in the current epoch, and data from before epochs while nothing was withdrawn', () => {
    expect(keptUnderConsent(undefined, undefined)).toBe(true)
    expect(keptUnderConsent(0, 0)).toBe(true)
    expect(keptUnderConsent(2, 2)).toBe(true)
  })

  it('drops data saved before a withdrawal, even after consent is given again', () => {
    expect(keptUnderConsent(undefined, 1)).toBe(false)
    expect(keptUnderConsent(0, 1)).toBe(false)
    expect(keptUnderConsent(1, 2)).toBe(false)
  })

  it('keeps data saved after consent was given again', () => {
    expect(keptUnderConsent(1, 1)).toBe(true)
  })
})

describe('isConsentScope', () => {
  it('knows the three scopes and nothing else', () => {
    for (const scope of ['family-health', 'checkup-answers', 'help-sharing']) expect(isConsentScope(scope)).toBe(true)
    for (const value of ['', 'family', null, undefined, 3]) expect(isConsentScope(value)).toBe(false)
  })
})
