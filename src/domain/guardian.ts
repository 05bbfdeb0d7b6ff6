import { addMonths, isUnderGuardianAge, type Day } from './day'
import type { DocumentType } from './documents'
import { RELATION_LABELS, type Relation } from './relations'

// Guardian consent (PIPL art. 31; domain.md "Guardian consent"): when the user is under 14 on the day, whatever
// the 证件类型, the confirm page states the guardian's consent, worded for the relation.

/** domain.md "Document types": 出生医学证明 numbers of this format are issued since 2023-04-01, to newborns. */
export const BIRTH_CERTIFICATE_FORMAT_SINCE: Day = '2023-04-01'

/**
 * Is the user under 14 on `today`, from the document alone (what the person typed; no look-up of anyone)? An ID
 * number carries the birth date; a 出生医学证明 of the current format was issued to a child born on or after
 * 2023-04-01, so its holder is under 14 until 2037-04-01 at the earliest.
 */
export function needsGuardianConsent(doc: { type: DocumentType; birthDate?: Day }, today: Day): boolean {
  if (doc.birthDate !== undefined) return isUnderGuardianAge(doc.birthDate, today)
  return doc.type === 'birthCertificate' && today < addMonths(BIRTH_CERTIFICATE_FORMAT_SINCE, 14 * 12)
}

/**
 * The consent as the confirm page states it: for a 子女 the authorizer consents as the guardian; for any other
 * relation (孙子女, 兄弟姐妹…) he usually is not the guardian, so he confirms that the child's guardian agrees.
 */
export function guardianConsentText(relation: Relation): string {
  if (relation === 'child') return '家人未满十四周岁。您作为监护人，同意为孩子办理授权，并同意处理办理所必需的孩子的个人信息。'
  return `家人未满十四周岁（与本人关系：“${RELATION_LABELS[relation]}”）。请确认孩子的监护人（如父母）已同意为孩子办理授权，并同意处理办理所必需的孩子的个人信息。`
}
