import type { Channel } from '../envelope';
import type { Bilingual } from '../errors';
import type { CaseScoped } from './event';

/** The applicant as recorded: digits in ASCII, mobile in E.164, dates as Gregorian ISO days. */
export interface ApplicantRecord {
  fullName: string;
  nationalId: string;
  mobile: string;
  idKind?: 'national-id' | 'iqama';
  idExpiry?: string;
  birthDate?: string;
  nationalAddress?: { shortAddress: string; buildingNumber: string; postalCode: string; additionalNumber?: string; city: string; district: string };
  /** Declared eligibility attributes a service may judge on (Tuwaiq 6-3: qualification, employment status). */
  qualification?: 'none' | 'secondary' | 'diploma' | 'bachelor' | 'master' | 'doctorate';
  employmentStatus?: 'job-seeker' | 'employed' | 'student' | 'retired';
}

/** v1, released with the walking skeleton. Never edit; add v2 plus an upcaster instead. */
export interface ApplicationSubmittedV1 extends CaseScoped {
  /** Human-readable, per tenant: PREFIX-HIJRIYEAR-SEQUENCE. */
  caseNumber: string;
  /** The same person was served by another association on the platform (who and what stay hidden). */
  servedBeforeElsewhere: boolean;
  serviceId: string;
  channel: Channel;
  beneficiaryType: 'direct' | 'indirect';
  applicant: ApplicantRecord;
  submittedAt: string;
  /** The tenant policy version the case was started under; the case stays on it. */
  policyVersion: number;
  /** The review window promised to the applicant at submission. */
  reviewWindow: { days: number; counting: 'calendar' | 'working' };
  expectedResponseBy: string;
}

/** How a person may be answered: a text message to the mobile, or an email. */
export const APPLICANT_CHANNELS = ['sms', 'email'] as const;
export type ApplicantChannel = (typeof APPLICANT_CHANNELS)[number];

/**
 * The applicant as recorded since v2 of the application events: the v1 record, plus an email
 * address (personal data, sealed like the mobile: docs/adr/0013) and the channel they asked to be
 * answered on. A v1 event reads as `preferredChannel: 'sms'` with no email (its upcaster).
 */
export interface ApplicantRecordV2 extends ApplicantRecord {
  /** Lower-cased; absent when the person gave none. */
  email?: string;
  preferredChannel: ApplicantChannel;
}

/** v2 (docs/adr/0025): the applicant's email and preferred channel. v1 readers keep working: v2 only adds fields. */
export interface ApplicationSubmittedV2 extends Omit<ApplicationSubmittedV1, 'applicant'> {
  applicant: ApplicantRecordV2;
}

/** The tenant's counter stream: one event per number drawn, so numbers are unique and auditable. */
export interface CaseNumberAssignedV1 extends CaseScoped {
  caseNumber: string;
  sequence: number;
}

/** One open request per person and service in a tenant (stream keyed by a keyed hash of the ID). */
export interface OpenRequestRegisteredV1 extends CaseScoped {
  caseNumber: string;
}

/**
 * A case id whose open-request registration never became an application (its request died between the
 * two appends): the request that found it closes the application stream with this, first, at no_stream,
 * so the dead request can never write its application afterwards (docs/architecture.md, "Registering a case").
 */
export interface CaseRegistrationAbandonedV1 extends CaseScoped {
  caseNumber: string;
  /** The case whose registration found it and took the person's open request over. */
  supersededBy: string;
}

/** Platform registry: a tenant (as a keyed hash) has served this person (as a keyed hash). */
export interface PersonSeenByTenantV1 {
  tenantKey: string;
}

/**
 * The applicant confirmed the data is correct and signed it (common process step 4). In person the
 * staff member who witnessed it is named; electronically the client details are kept.
 */
export interface DeclarationSignedV1 extends CaseScoped {
  declarationVersion: number;
  signedName: string;
  acceptedAt: string;
  channel: Channel;
  witnessedBy: string | null;
  client: { userAgent: string | null; ip: string | null } | null;
}

/** A person finds the procedure unclear: the question goes to the social-research officer (000/001/002 step 3). */
export interface InquiryOpenedV1 {
  inquiryId: string;
  channel: Channel;
  question: string;
  /**
   * Who asked, to be answered: the mobile (answered by SMS), and an email address when the inquiry came
   * by email (answered by email). `email` is absent on inquiries recorded before it was kept.
   */
  contact: { name: string | null; mobile: string | null; email?: string | null };
  openedAt: string;
}

export interface InquiryAnsweredV1 {
  inquiryId: string;
  answer: string;
  answeredBy: string;
  answeredAt: string;
}

/**
 * Someone read who asked an inquiry (its contact details), for a stated purpose (Tuwaiq 5-4, 6-5): in
 * the inquiry's own contact-reads stream, so reading never changes the inquiry's revision.
 */
export interface InquiryContactReadV1 {
  inquiryId: string;
  readBy: string;
  role: string;
  purpose: ReadPurpose;
  readAt: string;
}

/** Indirect beneficiaries (Tuwaiq 2-2): reach counted per content item and channel, no personal record. */
export interface ReachRecordedV1 {
  contentItemId: string;
  serviceId: string;
  channel: Channel;
  count: number;
  periodStart: string;
  periodEnd: string;
}

/**
 * A reach figure (one content item, channel and period) replaced by a corrected value, with who
 * corrected it and why. The figure is a value, not an addend: the report shows this count, not a sum.
 */
export interface ReachCorrectedV1 {
  contentItemId: string;
  serviceId: string;
  channel: Channel;
  periodStart: string;
  periodEnd: string;
  /** The corrected figure, which replaces the one standing. */
  count: number;
  /** The figure it replaces. */
  previousCount: number;
  reason: string;
  correctedBy: string;
  correctedAt: string;
}

/** The data an applicant agreed to share with the association they are referred to, and nothing else. */
export interface SharedApplicantData {
  fullName?: string;
  mobile?: string;
  nationalId?: string;
}

export type ReferralTarget = { kind: 'tenant'; tenantId: string } | { kind: 'external'; name: string };

/** Out of scope (Tuwaiq 5-10): referred to the competent association; the applicant is told. */
export interface ApplicationReferredToAssociationV1 {
  referralId: string;
  target: ReferralTarget;
  requestedService: string;
  reason: string;
  sharedData: SharedApplicantData;
  consentedFields: Array<keyof SharedApplicantData>;
  referredAt: string;
  /**
   * Keyed hash of the referred person's national ID (ADR 0008), so erasing the person finds the
   * referral; never sent to the receiving association. Absent on referrals recorded before it was kept.
   */
  personKey?: string;
  /**
   * How the referring association tells the applicant of the referral and of the receiving one's
   * decision (Tuwaiq 5-10): their mobile, sealed with the referral's key and never sent on. Absent on
   * referrals recorded before it was kept (nobody is told then).
   */
  contact?: { mobile: string };
}

/** In the receiving tenant's own stream: what it may see of a referral made to it. */
export interface ReferralReceivedV1 {
  referralId: string;
  fromTenantId: string;
  fromTenantName: { ar: string; en: string };
  requestedService: string;
  reason: string;
  sharedData: SharedApplicantData;
  receivedAt: string;
}

export interface ReferralDecidedV1 {
  referralId: string;
  fromTenantId: string;
  decision: 'accepted' | 'declined';
  reason: string;
  decidedAt: string;
}

/** Back in the referring tenant's stream: the outcome, and only the outcome. */
export interface ReferralOutcomeReceivedV1 {
  referralId: string;
  decision: 'accepted' | 'declined';
  reason: string;
  decidedAt: string;
}

/** Supporting documents (Tuwaiq 6-2): national ID, national address, CV, qualification, status certificate. */
export const DOCUMENT_TYPES = ['national-id', 'national-address', 'cv', 'qualification', 'status-certificate'] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

export const DOCUMENT_NAMES: Record<DocumentType, Bilingual> = {
  'national-id': { ar: 'الهوية الوطنية', en: 'national ID' },
  'national-address': { ar: 'العنوان الوطني', en: 'national address' },
  cv: { ar: 'السيرة الذاتية', en: 'CV' },
  qualification: { ar: 'المؤهل', en: 'qualification' },
  'status-certificate': { ar: 'مشهد إثبات الحالة', en: 'status certificate' },
};

/** A document type's name as a person reads it; an unknown type by its own id. */
export function documentName(type: string): Bilingual {
  return DOCUMENT_NAMES[type as DocumentType] ?? { ar: type, en: type };
}

/** A file attached to an application, identified by its content's SHA-256 and stored apart from the event. */
export interface DocumentAttachedV1 extends CaseScoped {
  documentId: string;
  documentType: DocumentType;
  contentType: 'application/pdf' | 'image/jpeg' | 'image/png';
  size: number;
  sha256: string;
  fileName: string;
  attachedAt: string;
}

/** Applying through the tenant's public link is consent to the programme's terms (Tuwaiq 5-7). */
export interface ProgrammeTermsAcceptedV1 extends CaseScoped {
  termsVersion: number;
  acceptedAt: string;
  client: { userAgent: string | null; ip: string | null };
}

/** An incomplete request kept as a draft until its checklist is done (completeness, common process step 2). */
export interface ApplicationDraftedV1 extends CaseScoped {
  caseNumber: string;
  servedBeforeElsewhere: boolean;
  serviceId: string;
  channel: Channel;
  applicant: ApplicantRecord;
  policyVersion: number;
  draftedAt: string;
}

/** A draft's applicant data completed or corrected before submission (the whole record, validated). */
export interface ApplicationDetailsUpdatedV1 extends CaseScoped {
  applicant: ApplicantRecord;
  updatedAt: string;
}

/** v2 of the draft (docs/adr/0025): the applicant's email and preferred channel. */
export interface ApplicationDraftedV2 extends Omit<ApplicationDraftedV1, 'applicant'> {
  applicant: ApplicantRecordV2;
}

/** v2 of a draft's update (docs/adr/0025): the whole record, email and preferred channel included. */
export interface ApplicationDetailsUpdatedV2 extends Omit<ApplicationDetailsUpdatedV1, 'applicant'> {
  applicant: ApplicantRecordV2;
}

/** v1 → v2 of the three application events: a v1 applicant gave no email and was answered by SMS. */
export function upcastApplicantV1(data: unknown): unknown {
  const event = data as { applicant?: ApplicantRecord };
  if (!event.applicant) return data;
  return { ...event, applicant: { ...event.applicant, preferredChannel: 'sms' } };
}

/** Why a beneficiary's record was read (Tuwaiq 5-4, 6-5: access to personal data only for a stated purpose). */
export const READ_PURPOSES = ['case-handling', 'eligibility-review', 'committee-review', 'audit', 'beneficiary-request'] as const;
export type ReadPurpose = (typeof READ_PURPOSES)[number];

/** Someone read a beneficiary's record: who, in which role, when, why, and what (in the case's record-reads stream). */
export interface BeneficiaryRecordReadV1 extends CaseScoped {
  readBy: string;
  role: string;
  purpose: ReadPurpose;
  resource: 'application' | 'document' | 'case-status';
  documentId: string | null;
  readAt: string;
}

/**
 * An auditor replayed a case, or re-ran its (or a round's) decisions (ADR 0044): every audit read is
 * logged, with the purpose the auditor stated when personal data was shown. Internal: never published.
 */
export interface AuditReadV1 {
  subject: 'case' | 'round';
  /** The case id or the round id. */
  subjectId: string;
  readBy: string;
  role: string;
  view: 'replay' | 'decisions';
  /** The instant replayed (replay only). */
  asOf: string | null;
  /** Whether personal fields were shown in clear (only with a stated purpose). */
  personalData: boolean;
  statedPurpose: string | null;
  readAt: string;
}

export const ERASURE_REASONS = ['beneficiary-request', 'retention-expired', 'legal-obligation'] as const;
export type ErasureReason = (typeof ERASURE_REASONS)[number];

/**
 * The beneficiary's personal data was erased by destroying the case's data key (crypto-shredding,
 * docs/adr/0013): every personal field of the case reads "[erased]" from now on. Carries no personal data.
 */
export interface BeneficiaryDataErasedV1 extends CaseScoped {
  reason: ErasureReason;
  erasedBy: string;
  erasedAt: string;
}

/**
 * Personal data held outside a case was erased by destroying its own data key (docs/adr/0013, amended):
 * an inquiry's contact details (`inquiry:<id>`) or a referral's shared data (`referral:<id>`). Recorded
 * in the tenant's stream `intake.personal-data-erasure.<tenant>.<kind>-<id>`. Carries no personal data.
 */
export interface SubjectDataErasedV1 {
  /** The data key destroyed: `inquiry:<id>` or `referral:<id>`. */
  keyId: string;
  reason: ErasureReason;
  /** The user who erased it, or `association:<tenant>` when the referring association's erasure reached the receiving one. */
  erasedBy: string;
  erasedAt: string;
  /** A referral erased by the association that made it: the association on the platform that received it, to erase its copy too. */
  forwardTo: string | null;
}
