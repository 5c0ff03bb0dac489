import { DomainError } from '@athar/contracts';
import { prepareSubmission, type SubmissionRequest, type SubmissionTerms } from './prepare-submission';
import type { OpenRequest } from './open-requests';

const now = new Date('2025-03-01T09:00:00Z');
const terms: SubmissionTerms = {
  policyVersion: 3,
  channels: ['website', 'phone'],
  services: [
    { id: 'member-service', beneficiaryType: 'direct' },
    { id: 'training', beneficiaryType: 'direct', requiredDocuments: ['cv'] },
    { id: 'awareness', beneficiaryType: 'indirect' },
  ],
  reviewWindow: { days: 14, counting: 'calendar' },
  declarationVersion: 2,
  programmeTermsVersion: 1,
};
const request = (over: Partial<SubmissionRequest> = {}): SubmissionRequest => ({
  caseId: 'case-new',
  serviceId: 'member-service',
  channel: 'website',
  applicant: { fullName: 'سارة عبدالله العتيبي', nationalId: '1000000008', mobile: '0512345678' },
  declaration: { accepted: true, signedName: 'سارة عبدالله العتيبي', declarationVersion: 2 },
  staffId: null,
  client: { userAgent: 'jest', ip: '127.0.0.1' },
  ...over,
});
const refusal = (f: () => unknown): DomainError => {
  try {
    f();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
};
const held = (application: NonNullable<OpenRequest>['application']): OpenRequest => ({ caseId: 'case-old', caseNumber: 'AWJ-1446-000007', application });

describe('prepareSubmission (common steps 2, 4, 5 and 6, checked once)', () => {
  it('a complete request is signed and its facts are the declaration then the submission, numbered as registration decides', () => {
    const submission = prepareSubmission(request(), terms, null, now);
    expect(submission.declaration).toMatchObject({ caseId: 'case-new', declarationVersion: 2 });
    expect(submission.takesOver).toBeNull();
    const facts = submission.facts('AWJ-1446-000010', true);
    expect(facts.map((f) => f.type)).toEqual(['DeclarationSigned', 'ApplicationSubmitted']);
    expect(facts[1].data).toMatchObject({ caseNumber: 'AWJ-1446-000010', servedBeforeElsewhere: true, policyVersion: 3 });
  });

  it('an incomplete request is a draft with its checklist and needs no declaration yet (common step 6)', () => {
    const submission = prepareSubmission(request({ serviceId: 'training', declaration: undefined }), terms, null, now);
    expect(submission.declaration).toBeNull();
    expect(submission.checklist.filter((i) => !i.done).map((i) => i.item)).toEqual(['document:cv']);
    expect(submission.facts('N-1', false).map((f) => f.type)).toEqual(['ApplicationDrafted']);
  });

  it('a complete request without the declaration is refused on the declaration field (common step 4)', () => {
    expect(refusal(() => prepareSubmission(request({ declaration: undefined }), terms, null, now)).fields.map((p) => p.field)).toEqual(['declaration']);
  });

  it('refuses a channel or an indirect-beneficiary service the policy does not take (Tuwaiq 2-2), before any duplicate check', () => {
    expect(refusal(() => prepareSubmission(request({ channel: 'email' }), terms, held('written'), now)).code).toBe('application-refused');
    expect(refusal(() => prepareSubmission(request({ serviceId: 'awareness' }), terms, held('written'), now)).code).toBe('application-refused');
  });

  it('on the link, the programme terms in force must be accepted (Tuwaiq 5-7) and become the first fact', () => {
    expect(refusal(() => prepareSubmission(request({ termsConsent: { accepted: true, termsVersion: 0 } }), terms, null, now)).code).toBe('terms-not-accepted');
    const submission = prepareSubmission(request({ termsConsent: { accepted: true, termsVersion: 1 } }), terms, null, now);
    expect(submission.facts('N-1', false)[0].type).toBe('ProgrammeTermsAccepted');
  });

  it('refuses a second open request whose case was written, naming its number (common step 6, docs/adr/0008)', () => {
    const error = refusal(() => prepareSubmission(request(), terms, held('written'), now));
    expect(error.code).toBe('duplicate-open-request');
    expect(error.text.en).toContain('AWJ-1446-000007');
  });

  it('takes over an open request whose case was never written, or was closed as abandoned already, with no clock involved', () => {
    expect(prepareSubmission(request(), terms, held('missing'), now).takesOver).toEqual({ caseId: 'case-old', caseNumber: 'AWJ-1446-000007', closed: false });
    expect(prepareSubmission(request(), terms, held('abandoned'), now).takesOver).toEqual({ caseId: 'case-old', caseNumber: 'AWJ-1446-000007', closed: true });
  });

  it("this case's own registration (a retry of the same request) is no obstacle, whatever became of it", () => {
    for (const application of ['written', 'missing', 'abandoned'] as const) {
      expect(prepareSubmission(request({ caseId: 'case-old' }), terms, held(application), now).takesOver).toBeNull();
    }
  });

  it('property: for every open-request state and request, it refuses exactly when another case holds a written request', () => {
    const states: OpenRequest[] = [null, held('written'), held('missing'), held('abandoned')];
    for (const open of states) {
      for (const caseId of ['case-new', 'case-old']) {
        for (const serviceId of ['member-service', 'training']) {
          const refused = open?.application === 'written' && open.caseId !== caseId;
          const run = () =>
            prepareSubmission(request({ caseId, serviceId, declaration: serviceId === 'training' ? undefined : request().declaration }), terms, open, now);
          if (refused) expect(refusal(run).code).toBe('duplicate-open-request');
          else expect(run().takesOver?.caseId ?? null).toBe(open && open.caseId !== caseId ? open.caseId : null);
        }
      }
    }
  });
});
