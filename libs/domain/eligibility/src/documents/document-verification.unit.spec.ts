import { DomainError } from '@athar/contracts';
import {
  closeVerificationTasks,
  decideVerification,
  documentsOf,
  invalidDocuments,
  raiseExpiryTask,
  requestVerification,
  reverificationDueAt,
  reviewRuleFor,
  type DocumentVerificationEvent,
} from './document-verification';

const now = new Date('2026-11-22T09:00:00Z');
const requested = (documentId: string, documentType: string, role: 'services-officer' | 'social-researcher'): DocumentVerificationEvent => ({
  type: 'DocumentVerificationRequested',
  data: { caseId: 'c', documentId, documentType, role, reason: 'attached', requestedAt: now.toISOString(), dueBy: null },
});
const officer = { userId: 'officer-1', roles: ['services-officer'] };
const researcher = { userId: 'researcher-1', roles: ['social-researcher'] };

describe('document verification (Tuwaiq 6-2: documents reviewed by the services officer or the social researcher)', () => {
  it.each([
    ['national-id', 'services-officer'],
    ['qualification', 'services-officer'],
    ['cv', 'services-officer'],
    ['status-certificate', 'social-researcher'],
  ])('routes %s to the %s queue by default', (documentType, role) => {
    expect(reviewRuleFor(documentType).verifiedBy).toBe(role);
  });

  it('lets a tenant policy route a document type elsewhere', () => {
    expect(reviewRuleFor('cv', { cv: { verifiedBy: 'social-researcher', reverifyDaysBeforeExpiry: 10 } })).toEqual({
      verifiedBy: 'social-researcher',
      reverifyDaysBeforeExpiry: 10,
    });
  });

  it('opens one task per document, not a second while one is open', () => {
    const state = documentsOf([requested('d1', 'cv', 'services-officer')]);
    expect(
      requestVerification(state, { caseId: 'c', documentId: 'd1', documentType: 'cv', role: 'services-officer', reason: 'attached', dueBy: null }, now),
    ).toBeNull();
    expect(
      requestVerification(state, { caseId: 'c', documentId: 'd2', documentType: 'cv', role: 'services-officer', reason: 'attached', dueBy: null }, now),
    ).toMatchObject({ documentId: 'd2', requestedAt: now.toISOString() });
  });

  it('records the method, the verifier and the expiry of a verified document', () => {
    const state = documentsOf([requested('d1', 'national-id', 'services-officer')]);
    expect(
      decideVerification(
        state,
        { caseId: 'c', documentId: 'd1', decision: 'verified', method: 'government-platform', validUntil: '2030-01-01T00:00:00Z', reviewer: officer },
        now,
      ),
    ).toEqual({
      caseId: 'c',
      documentId: 'd1',
      documentType: 'national-id',
      method: 'government-platform',
      verifiedBy: 'officer-1',
      role: 'services-officer',
      note: null,
      validUntil: '2030-01-01T00:00:00Z',
      verifiedAt: now.toISOString(),
    });
  });

  it('records a rejection with its reason', () => {
    const state = documentsOf([requested('d1', 'status-certificate', 'social-researcher')]);
    expect(
      decideVerification(
        state,
        { caseId: 'c', documentId: 'd1', decision: 'rejected', method: 'issuer-confirmed', reason: ' not issued by the agency ', reviewer: researcher },
        now,
      ),
    ).toMatchObject({
      rejectedBy: 'researcher-1',
      reason: 'not issued by the agency',
      role: 'social-researcher',
    });
  });

  it.each([
    ['an unknown document', { documentId: 'nope' }, researcher, 'document-not-found', 'not-found'],
    ['a reviewer of the other role', {}, officer, 'document-other-role', 'forbidden'],
    ['a rejection without a reason', { decision: 'rejected' as const, reason: '  ' }, researcher, 'rejection-reason-required', 'invalid'],
    ['an expiry already past', { validUntil: '2026-11-01T00:00:00Z' }, researcher, 'document-expired', 'invalid'],
  ])('refuses %s', (_name, change, reviewer, code, kind) => {
    const state = documentsOf([requested('d1', 'status-certificate', 'social-researcher')]);
    const attempt = () =>
      decideVerification(state, { caseId: 'c', documentId: 'd1', decision: 'verified', method: 'original-sighted', reviewer, ...change }, now);
    expect(attempt).toThrow(DomainError);
    try {
      attempt();
    } catch (error) {
      expect(error).toMatchObject({ code, kind });
    }
  });

  it('refuses to decide twice: the second decision finds no open task', () => {
    const first = decideVerification(
      documentsOf([requested('d1', 'cv', 'services-officer')]),
      { caseId: 'c', documentId: 'd1', decision: 'verified', method: 'copy-compared', reviewer: officer },
      now,
    );
    const state = documentsOf([requested('d1', 'cv', 'services-officer'), { type: 'DocumentVerified', data: first as never }]);
    expect(() => decideVerification(state, { caseId: 'c', documentId: 'd1', decision: 'verified', method: 'copy-compared', reviewer: officer }, now)).toThrow(
      /no open verification task/,
    );
  });
});

describe('expiring documents', () => {
  const verified = (eventId: string, validUntil: string): DocumentVerificationEvent => ({
    type: 'DocumentVerified',
    eventId,
    data: {
      caseId: 'c',
      documentId: 'd1',
      documentType: 'national-id',
      method: 'government-platform',
      verifiedBy: 'o',
      role: 'services-officer',
      note: null,
      validUntil,
      verifiedAt: now.toISOString(),
    },
  });

  it("is due for re-verification the rule's lead time before expiry", () => {
    expect(reverificationDueAt('2027-01-31T00:00:00Z', { verifiedBy: 'services-officer', reverifyDaysBeforeExpiry: 30 }).toISOString()).toBe(
      '2027-01-01T00:00:00.000Z',
    );
  });

  it('raises a task for the watched verification, due by the expiry', () => {
    const state = documentsOf([requested('d1', 'national-id', 'services-officer'), verified('e1', '2027-01-31T00:00:00Z')]);
    expect(raiseExpiryTask(state, 'c', 'd1', 'e1', now)).toMatchObject({ reason: 'expiring', dueBy: '2027-01-31T00:00:00Z', role: 'services-officer' });
  });

  it('raises nothing when the document was verified again since, or a task is already open', () => {
    const reverified = documentsOf([
      requested('d1', 'national-id', 'services-officer'),
      verified('e1', '2027-01-31T00:00:00Z'),
      requested('d1', 'national-id', 'services-officer'),
      verified('e2', '2032-01-31T00:00:00Z'),
    ]);
    expect(raiseExpiryTask(reverified, 'c', 'd1', 'e1', now)).toBeNull();
    const open = documentsOf([
      requested('d1', 'national-id', 'services-officer'),
      verified('e1', '2027-01-31T00:00:00Z'),
      requested('d1', 'national-id', 'services-officer'),
    ]);
    expect(raiseExpiryTask(open, 'c', 'd1', 'e1', now)).toBeNull();
  });

  it('counts expired and rejected documents as no longer valid (Tuwaiq 6-4)', () => {
    const state = documentsOf([requested('d1', 'national-id', 'services-officer'), verified('e1', '2027-01-31T00:00:00Z')]);
    expect(invalidDocuments(state, new Date('2027-01-30T00:00:00Z'))).toEqual([]);
    expect(invalidDocuments(state, new Date('2027-02-01T00:00:00Z'))).toEqual([{ documentType: 'national-id', why: 'expired' }]);
  });
});

describe('closing verification tasks when the committee decides (Tuwaiq 6-2)', () => {
  it('closes the open tasks on attached documents with the decision as reason, keeps re-verification tasks, and closes nothing twice', () => {
    const expiring: DocumentVerificationEvent = {
      type: 'DocumentVerificationRequested',
      data: {
        caseId: 'c',
        documentId: 'd-cv',
        documentType: 'cv',
        role: 'services-officer',
        reason: 'expiring',
        requestedAt: now.toISOString(),
        dueBy: '2027-01-01T00:00:00.000Z',
      },
    };
    const history: DocumentVerificationEvent[] = [
      requested('d-id', 'national-id', 'services-officer'),
      requested('d-q2', 'qualification', 'services-officer'),
      expiring,
    ];
    const verified: DocumentVerificationEvent = {
      type: 'DocumentVerified',
      data: decideVerification(
        documentsOf(history),
        { caseId: 'c', documentId: 'd-id', decision: 'verified', method: 'original-sighted', reviewer: officer },
        now,
      ) as never,
    };
    const state = documentsOf([...history, verified]);
    const closed = closeVerificationTasks(state, { caseId: 'c', decision: 'accepted', decidedAt: now.toISOString() }, now);
    expect(closed).toEqual([
      {
        caseId: 'c',
        documentId: 'd-q2',
        documentType: 'qualification',
        role: 'services-officer',
        reason: 'case-decided',
        decision: 'accepted',
        decidedAt: now.toISOString(),
        closedAt: now.toISOString(),
      },
    ]);
    const after = documentsOf([...history, verified, ...closed.map((data) => ({ type: 'DocumentVerificationClosed' as const, data }))]);
    expect(after.get('d-q2')?.status).toBe('closed');
    expect(closeVerificationTasks(after, { caseId: 'c', decision: 'accepted', decidedAt: now.toISOString() }, now)).toEqual([]);
    expect(() =>
      decideVerification(after, { caseId: 'c', documentId: 'd-q2', decision: 'verified', method: 'original-sighted', reviewer: officer }, now),
    ).toThrow(DomainError);
  });
});
