import {
  DomainError,
  type DocumentRejectedV1,
  type DocumentReviewerRole,
  type DocumentVerificationClosedV1,
  type DocumentVerificationRequestedV1,
  type DocumentVerifiedV1,
  type VerificationMethod,
} from '@athar/contracts';

/** Which role reviews a document type (Tuwaiq 6-2), and how early an expiring one is verified again. */
export interface DocumentReviewRule {
  verifiedBy: DocumentReviewerRole;
  reverifyDaysBeforeExpiry: number;
}

/**
 * Tuwaiq 6-2 names both the services officer and the social researcher as reviewers without dividing
 * the work; a status certificate (social security, orphans, disability) is the researcher's field,
 * identity and qualification papers the services officer's. A tenant's policy version may say otherwise.
 */
export const DEFAULT_DOCUMENT_REVIEW: Readonly<Record<string, DocumentReviewRule>> = {
  'status-certificate': { verifiedBy: 'social-researcher', reverifyDaysBeforeExpiry: 30 },
};
const FALLBACK_RULE: DocumentReviewRule = { verifiedBy: 'services-officer', reverifyDaysBeforeExpiry: 30 };

export function reviewRuleFor(documentType: string, rules: Readonly<Record<string, DocumentReviewRule>> = {}): DocumentReviewRule {
  return rules[documentType] ?? DEFAULT_DOCUMENT_REVIEW[documentType] ?? FALLBACK_RULE;
}

export type DocumentVerificationEvent =
  | { type: 'DocumentVerificationRequested'; data: DocumentVerificationRequestedV1; eventId?: string }
  | { type: 'DocumentVerified'; data: DocumentVerifiedV1; eventId?: string }
  | { type: 'DocumentRejected'; data: DocumentRejectedV1; eventId?: string }
  | { type: 'DocumentVerificationClosed'; data: DocumentVerificationClosedV1; eventId?: string };

export interface DocumentState {
  documentId: string;
  documentType: string;
  role: DocumentReviewerRole;
  /** closed: its task was closed unreviewed because the committee decided the case. */
  status: 'pending' | 'verified' | 'rejected' | 'closed';
  /** The open task's reason while pending. */
  pendingReason: DocumentVerificationRequestedV1['reason'] | null;
  validUntil: string | null;
  /** The event id of the latest verification: an expiry watch started for an older one does nothing. */
  lastVerificationEventId: string | null;
}

export type CaseDocuments = Map<string, DocumentState>;

export function evolveDocuments(state: CaseDocuments, event: { type: string; data: unknown; eventId?: string }): CaseDocuments {
  const next = new Map(state);
  switch (event.type) {
    case 'DocumentVerificationRequested': {
      const data = event.data as DocumentVerificationRequestedV1;
      const known = next.get(data.documentId);
      next.set(data.documentId, {
        documentId: data.documentId,
        documentType: data.documentType,
        role: data.role,
        status: 'pending',
        pendingReason: data.reason,
        validUntil: known?.validUntil ?? null,
        lastVerificationEventId: known?.lastVerificationEventId ?? null,
      });
      break;
    }
    case 'DocumentVerified': {
      const data = event.data as DocumentVerifiedV1;
      const known = next.get(data.documentId);
      if (known)
        next.set(data.documentId, {
          ...known,
          status: 'verified',
          pendingReason: null,
          validUntil: data.validUntil,
          lastVerificationEventId: event.eventId ?? null,
        });
      break;
    }
    case 'DocumentRejected': {
      const data = event.data as DocumentRejectedV1;
      const known = next.get(data.documentId);
      if (known) next.set(data.documentId, { ...known, status: 'rejected', pendingReason: null, lastVerificationEventId: event.eventId ?? null });
      break;
    }
    case 'DocumentVerificationClosed': {
      const data = event.data as DocumentVerificationClosedV1;
      const known = next.get(data.documentId);
      if (known?.status === 'pending') next.set(data.documentId, { ...known, status: 'closed', pendingReason: null });
      break;
    }
  }
  return next;
}

export const documentsOf = (history: ReadonlyArray<{ type: string; data: unknown; eventId?: string }>): CaseDocuments =>
  history.reduce(evolveDocuments, new Map() as CaseDocuments);

/** Opens a verification task unless one is already open for the document (a redelivery, a second watch). */
export function requestVerification(
  state: CaseDocuments,
  request: Omit<DocumentVerificationRequestedV1, 'requestedAt'>,
  now: Date,
): DocumentVerificationRequestedV1 | null {
  if (state.get(request.documentId)?.status === 'pending') return null;
  return { ...request, requestedAt: now.toISOString() };
}

/**
 * The committee decided the case: every verification task still open on an attached document is closed
 * with that reason, so the reviewers' queues stop showing work that no longer bears on a decision.
 * Re-verification tasks (expiring, periodic review) stay: they concern continued eligibility (Tuwaiq
 * 6-4). Nothing when none is open (a redelivered decision).
 */
export function closeVerificationTasks(
  state: CaseDocuments,
  decision: { caseId: string; decision: 'accepted' | 'rejected'; decidedAt: string },
  now: Date,
): DocumentVerificationClosedV1[] {
  return [...state.values()]
    .filter((d) => d.status === 'pending' && d.pendingReason === 'attached')
    .map((d) => ({
      caseId: decision.caseId,
      documentId: d.documentId,
      documentType: d.documentType,
      role: d.role,
      reason: 'case-decided' as const,
      decision: decision.decision,
      decidedAt: decision.decidedAt,
      closedAt: now.toISOString(),
    }));
}

export interface VerificationDecision {
  caseId: string;
  documentId: string;
  decision: 'verified' | 'rejected';
  method: VerificationMethod;
  /** Required when rejecting: the applicant is told it. */
  reason?: string | null;
  note?: string | null;
  validUntil?: string | null;
  reviewer: { userId: string; roles: readonly string[] };
}

const noTask = () =>
  new DomainError('document-not-awaiting-verification', 'conflict', {
    ar: 'لا توجد مهمة تحقق مفتوحة لهذا المستند',
    en: 'This document has no open verification task',
  });

/**
 * The reviewer of the document's role verifies or rejects it, with the method used and, when rejecting,
 * the reason (Tuwaiq 6-2). A document without an open task, a reviewer of the other role, an expiry
 * already past, or a rejection without a reason is refused.
 */
export function decideVerification(state: CaseDocuments, decision: VerificationDecision, now: Date): DocumentVerifiedV1 | DocumentRejectedV1 {
  const document = state.get(decision.documentId);
  if (!document) throw new DomainError('document-not-found', 'not-found', { ar: 'المستند غير موجود', en: 'Document not found' });
  if (document.status !== 'pending') throw noTask();
  if (!decision.reviewer.roles.includes(document.role)) {
    throw new DomainError('document-other-role', 'forbidden', {
      ar: document.role === 'social-researcher' ? 'يتحقق الباحث الاجتماعي من هذا المستند' : 'يتحقق مسؤول الخدمات من هذا المستند',
      en: `This document is verified by the ${document.role.replace('-', ' ')}`,
    });
  }
  const at = now.toISOString();
  if (decision.decision === 'rejected') {
    const reason = decision.reason?.trim();
    if (!reason) {
      throw new DomainError('rejection-reason-required', 'invalid', { ar: 'سبب الرفض مطلوب', en: 'A rejection needs a reason' }, [
        { field: 'reason', reasons: [{ ar: 'اذكر سبب رفض المستند', en: 'state why the document is rejected' }] },
      ]);
    }
    return {
      caseId: decision.caseId,
      documentId: document.documentId,
      documentType: document.documentType,
      method: decision.method,
      rejectedBy: decision.reviewer.userId,
      role: document.role,
      reason,
      rejectedAt: at,
    };
  }
  const validUntil = decision.validUntil ?? null;
  if (validUntil !== null && Date.parse(validUntil) <= now.getTime()) {
    throw new DomainError('document-expired', 'invalid', { ar: 'انتهت صلاحية المستند', en: 'The document has expired' }, [
      { field: 'validUntil', reasons: [{ ar: 'تاريخ انتهاء الصلاحية مضى', en: 'the expiry date is in the past' }] },
    ]);
  }
  return {
    caseId: decision.caseId,
    documentId: document.documentId,
    documentType: document.documentType,
    method: decision.method,
    verifiedBy: decision.reviewer.userId,
    role: document.role,
    note: decision.note?.trim() || null,
    validUntil,
    verifiedAt: at,
  };
}

/** When an expiring document's re-verification task is raised: the rule's lead time before expiry. */
export function reverificationDueAt(validUntil: string, rule: DocumentReviewRule): Date {
  return new Date(Date.parse(validUntil) - rule.reverifyDaysBeforeExpiry * 86_400_000);
}

/**
 * The expiry watch fires: raise a task only if the verification it watches is still the latest and
 * no task is open (re-verified since, or rejected, means nothing to do).
 */
export function raiseExpiryTask(
  state: CaseDocuments,
  caseId: string,
  documentId: string,
  watchedVerificationEventId: string,
  now: Date,
): DocumentVerificationRequestedV1 | null {
  const document = state.get(documentId);
  if (!document || document.status !== 'verified' || document.lastVerificationEventId !== watchedVerificationEventId) return null;
  return requestVerification(
    state,
    { caseId, documentId, documentType: document.documentType, role: document.role, reason: 'expiring', dueBy: document.validUntil },
    now,
  );
}

/** Documents no longer valid at `asOf`: expired, rejected, or never verified. Used by the periodic review (Tuwaiq 6-4). */
export function invalidDocuments(state: CaseDocuments, asOf: Date): Array<{ documentType: string; why: 'expired' | 'rejected' }> {
  const problems: Array<{ documentType: string; why: 'expired' | 'rejected' }> = [];
  for (const document of state.values()) {
    if (document.status === 'rejected') problems.push({ documentType: document.documentType, why: 'rejected' });
    else if (document.validUntil && Date.parse(document.validUntil) <= asOf.getTime()) problems.push({ documentType: document.documentType, why: 'expired' });
  }
  return problems;
}
