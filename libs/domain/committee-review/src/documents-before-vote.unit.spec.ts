import { DomainError } from '@athar/contracts';
import { assertDocumentsReadyForVote, documentsOutstanding, type CaseDocumentStatus } from './documents-before-vote';

const required = ['national-id', 'cv'];
const doc = (documentId: string, documentType: string, status: CaseDocumentStatus['status']): CaseDocumentStatus => ({ documentId, documentType, status });

function refusal(run: () => void): DomainError {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected the vote to be refused');
}

describe('a vote waits for the required documents to be verified (Tuwaiq 6-2)', () => {
  it('given required documents awaiting verification, refuses any vote with 409 documents-not-verified naming each document', () => {
    const documents = [doc('d-id', 'national-id', 'pending'), doc('d-cv', 'cv', 'verified')];
    for (const vote of ['accept', 'reject'] as const) {
      const error = refusal(() => assertDocumentsReadyForVote(required, documents, vote, true));
      expect(error).toMatchObject({ code: 'documents-not-verified', kind: 'conflict' });
      expect(error.text.ar).toContain('الهوية الوطنية');
      expect(error.text.en).toContain('national-id');
      expect(error.fields).toEqual([
        { field: 'documents.national-id.d-id', reasons: [{ ar: 'الهوية الوطنية: بانتظار التحقق منه', en: 'national-id is awaiting verification' }] },
      ]);
    }
  });

  it('given a required type no document of which has reached the committee, refuses naming the type', () => {
    expect(documentsOutstanding(required, [doc('d-cv', 'cv', 'verified')], 'accept')).toEqual([
      { documentType: 'national-id', documentId: null, status: 'not-received' },
    ]);
    expect(refusal(() => assertDocumentsReadyForVote(required, [], 'accept', true)).fields.map((f) => f.field)).toEqual([
      'documents.national-id',
      'documents.cv',
    ]);
  });

  it('given every required type verified (one verified document of a type is enough), allows the vote', () => {
    const documents = [
      doc('d-id', 'national-id', 'verified'),
      doc('d-cv-old', 'cv', 'rejected'),
      doc('d-cv', 'cv', 'verified'),
      doc('d-extra', 'qualification', 'pending'),
    ];
    expect(() => assertDocumentsReadyForVote(required, documents, 'accept', true)).not.toThrow();
    expect(documentsOutstanding(required, documents, 'accept')).toEqual([]);
  });

  it('given a required document rejected at verification, refuses acceptance but lets the committee reject', () => {
    const documents = [doc('d-id', 'national-id', 'verified'), doc('d-cv', 'cv', 'rejected')];
    expect(refusal(() => assertDocumentsReadyForVote(required, documents, 'accept', true)).fields.map((f) => f.field)).toEqual(['documents.cv.d-cv']);
    expect(() => assertDocumentsReadyForVote(required, documents, 'reject', true)).not.toThrow();
  });

  it('given a tenant whose policy lets the committee vote first, allows the vote', () => {
    expect(() => assertDocumentsReadyForVote(required, [doc('d-id', 'national-id', 'pending')], 'accept', false)).not.toThrow();
  });

  it('given a service that requires no document, allows the vote', () => {
    expect(() => assertDocumentsReadyForVote([], [], 'accept', true)).not.toThrow();
  });
});
