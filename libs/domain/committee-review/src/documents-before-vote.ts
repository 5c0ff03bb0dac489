import { DomainError, type FieldProblem, type Vote } from '@athar/contracts';

/** A supporting document of the case as the committee learns it from eligibility's events (Tuwaiq 6-2). */
export interface CaseDocumentStatus {
  documentId: string;
  documentType: string;
  /** pending: waiting in a reviewer's queue; closed: its task was closed without a review. */
  status: 'pending' | 'verified' | 'rejected' | 'closed';
}

/** Arabic names of the document types the tenant policies require (Tuwaiq 6-2 lists them). */
const DOCUMENT_NAMES_AR: Readonly<Record<string, string>> = {
  'national-id': 'الهوية الوطنية',
  'national-address': 'العنوان الوطني',
  cv: 'السيرة الذاتية',
  qualification: 'المؤهل العلمي',
  'status-certificate': 'شهادة الحالة',
};

export interface DocumentsOutstanding {
  documentType: string;
  /** null: no document of this type has reached the committee yet. */
  documentId: string | null;
  status: Exclude<CaseDocumentStatus['status'], 'verified'> | 'not-received';
}

/**
 * Which required documents keep the committee from voting (Tuwaiq 6-2: document review is part of
 * eligibility). A required type counts once one document of it is verified. Until then: a type with no
 * document yet, or with one still waiting for review, blocks every vote; a type whose documents were all
 * rejected blocks acceptance only (the committee may still reject the request for it).
 */
export function documentsOutstanding(requiredTypes: readonly string[], documents: readonly CaseDocumentStatus[], vote: Vote): DocumentsOutstanding[] {
  const outstanding: DocumentsOutstanding[] = [];
  for (const documentType of requiredTypes) {
    const ofType = documents.filter((d) => d.documentType === documentType);
    if (ofType.some((d) => d.status === 'verified')) continue;
    if (ofType.length === 0) {
      outstanding.push({ documentType, documentId: null, status: 'not-received' });
      continue;
    }
    const reviewed = ofType.every((d) => d.status === 'rejected');
    if (reviewed && vote === 'reject') continue;
    for (const d of ofType) if (d.status !== 'verified') outstanding.push({ documentType, documentId: d.documentId, status: d.status });
  }
  return outstanding;
}

const STATUS_TEXT: Record<DocumentsOutstanding['status'], { ar: string; en: string }> = {
  'not-received': { ar: 'لم يصل إلى اللجنة بعد', en: 'has not reached the committee yet' },
  pending: { ar: 'بانتظار التحقق منه', en: 'is awaiting verification' },
  rejected: { ar: 'رُفض عند التحقق', en: 'was rejected at verification' },
  closed: { ar: 'أُغلقت مهمة التحقق منه دون تحقق', en: 'had its verification task closed unverified' },
};

/**
 * Refuses a vote while required documents are not verified (409 `documents-not-verified`), naming each
 * in `fields` as `documents.<type>` or `documents.<type>.<documentId>`, unless the tenant's policy lets
 * the committee vote first (`committeeReview.votesRequireVerifiedDocuments: false`).
 */
export function assertDocumentsReadyForVote(requiredTypes: readonly string[], documents: readonly CaseDocumentStatus[], vote: Vote, required: boolean): void {
  if (!required) return;
  const outstanding = documentsOutstanding(requiredTypes, documents, vote);
  if (outstanding.length === 0) return;
  const fields: FieldProblem[] = outstanding.map((o) => ({
    field: o.documentId ? `documents.${o.documentType}.${o.documentId}` : `documents.${o.documentType}`,
    reasons: [
      { ar: `${DOCUMENT_NAMES_AR[o.documentType] ?? o.documentType}: ${STATUS_TEXT[o.status].ar}`, en: `${o.documentType} ${STATUS_TEXT[o.status].en}` },
    ],
  }));
  const types = [...new Set(outstanding.map((o) => o.documentType))];
  throw new DomainError(
    'documents-not-verified',
    'conflict',
    {
      ar: `لا يصوّت أعضاء اللجنة قبل التحقق من المستندات المطلوبة (طويق 6-2): ${types.map((t) => DOCUMENT_NAMES_AR[t] ?? t).join('، ')}`,
      en: `The committee votes once the required documents are verified (Tuwaiq 6-2): ${types.join(', ')}`,
    },
    fields,
  );
}
