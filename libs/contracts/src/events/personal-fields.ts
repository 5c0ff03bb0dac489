/**
 * Which fields of which events are personal data, encrypted at rest with the case's data key
 * (docs/adr/0013-personal-data-encrypted-at-rest.md). Paths are dotted; a field that is absent stays
 * absent. The national address's city is kept in clear: it is the coarse region a tenant may judge
 * eligibility on, and without the rest of the address it identifies nobody.
 */
const APPLICANT = [
  'applicant.fullName',
  'applicant.nationalId',
  'applicant.mobile',
  /** Since v2 of the application events (docs/adr/0025). */
  'applicant.email',
  'applicant.nationalAddress.shortAddress',
  'applicant.nationalAddress.buildingNumber',
  'applicant.nationalAddress.postalCode',
  'applicant.nationalAddress.additionalNumber',
  'applicant.nationalAddress.district',
] as const;

export const PERSONAL_FIELDS: Readonly<Record<string, readonly string[]>> = {
  ApplicationSubmitted: APPLICANT,
  ApplicationDrafted: APPLICANT,
  ApplicationDetailsUpdated: APPLICANT,
  DeclarationSigned: ['signedName', 'client.ip', 'client.userAgent'],
  ProgrammeTermsAccepted: ['client.ip', 'client.userAgent'],
  DocumentAttached: ['fileName'],
  InquiryOpened: ['contact.name', 'contact.mobile', 'contact.email'],
  ApplicationReferredToAssociation: ['sharedData.fullName', 'sharedData.mobile', 'sharedData.nationalId', 'contact.mobile'],
  ReferralReceived: ['sharedData.fullName', 'sharedData.mobile', 'sharedData.nationalId'],
  /** The partner's contact person (docs/adr/0038), sealed with the request's own key. */
  PartnerRequestSubmitted: ['contact.name', 'contact.mobile', 'contact.email'],
  /** A complaint's complainant and words (docs/adr/0042), sealed with the complaint's own key; an anonymous one has no complainant. */
  ComplaintFiled: ['complainant.name', 'complainant.mobile', 'complainant.email', 'text'],
  ComplaintResolved: ['response.ar', 'response.en'],
  ComplaintReopened: ['reason'],
  ComplaintRated: ['comment'],
  /** A survey answer's free-text remarks, all of them as one field (since v2; docs/adr/0041): a remark may name the person. */
  SatisfactionSurveyAnswered: ['remarks'],
  /** Not an event: a message in the notification outbox (recipient and text), sealed with the case's key. */
  OutboxMessage: ['recipient', 'body'],
  /** Not an event: a public-link request waiting for its mobile to be confirmed, sealed with its future case's key (docs/adr/0024). */
  PublicLinkPendingRequest: ['request', 'client'],
};

/**
 * Whose data key seals an event's personal fields: the case's, or for facts outside a case the
 * inquiry's or the referral's (each erased on its own). Events not listed use the case.
 */
type Subject = 'inquiryId' | 'referralId' | 'partnerRequestId' | 'complaintId';
/** An event that names its subject itself (`subject: {kind, id}`, a survey's: docs/adr/0041): sealed with `<kind>:<id>`. */
type NamedSubject = 'subject';
const NAMED_SUBJECT_KINDS: readonly string[] = ['case', 'inquiry'];
const SUBJECT_PREFIX: Record<Subject, string> = { inquiryId: 'inquiry', referralId: 'referral', partnerRequestId: 'partner-request', complaintId: 'complaint' };

export const PERSONAL_DATA_SUBJECT: Readonly<Record<string, Subject | NamedSubject>> = {
  InquiryOpened: 'inquiryId',
  ApplicationReferredToAssociation: 'referralId',
  ReferralReceived: 'referralId',
  PartnerRequestSubmitted: 'partnerRequestId',
  ComplaintFiled: 'complaintId',
  ComplaintResolved: 'complaintId',
  ComplaintReopened: 'complaintId',
  ComplaintRated: 'complaintId',
  /** Since v3 (docs/adr/0041): the survey's case or inquiry. */
  SatisfactionSurveyAnswered: 'subject',
};

/** The data key an event's personal fields are sealed with, or null when the event names no subject. */
export function dataKeyIdFor(type: string, data: unknown): string | null {
  const subject = PERSONAL_DATA_SUBJECT[type] as Subject | NamedSubject | undefined;
  if (subject === 'subject') {
    const named = (data as { subject?: { kind?: unknown; id?: unknown } } | null)?.subject;
    if (typeof named?.kind !== 'string' || !NAMED_SUBJECT_KINDS.includes(named.kind) || typeof named.id !== 'string' || named.id === '') return null;
    return `${named.kind}:${named.id}`;
  }
  const id = (data as Record<string, unknown> | null)?.[subject ?? 'caseId'];
  if (typeof id !== 'string') return null;
  if (!subject) return caseDataKeyId(id);
  return `${SUBJECT_PREFIX[subject]}:${id}`;
}

/** What a reader sees in place of a personal field whose data key was destroyed. */
export const ERASED = '[erased]';

/**
 * An encrypted field as stored (AES-256-GCM; base64url parts). `v1`: the key id is the authenticated
 * data; `v2` (written since 2026-12): the key id, the event type and the field's path are, so a
 * ciphertext cannot be moved to another field or event. Readers open both (ADR 0013, amended).
 */
export interface EncryptedField {
  enc: 'v1' | 'v2';
  keyId: string;
  iv: string;
  ct: string;
  tag: string;
}

export function isEncryptedField(value: unknown): value is EncryptedField {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v = value as Record<string, unknown>;
  return (v.enc === 'v1' || v.enc === 'v2') && typeof v.keyId === 'string' && typeof v.iv === 'string' && typeof v.ct === 'string' && typeof v.tag === 'string';
}

/** The data key of a case: one beneficiary's request, erased as a whole. */
export const caseDataKeyId = (caseId: string): string => `case:${caseId}`;
