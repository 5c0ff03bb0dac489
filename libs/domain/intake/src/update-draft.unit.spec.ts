import { DomainError, type ApplicationDraftedV2 } from '@athar/contracts';
import { evolveApplication, initialApplicationState, type ApplicationState } from './completeness';
import { updateDraft, type DraftUpdateContext } from './update-draft';

const now = new Date('2026-11-22T07:00:00Z');
const context: DraftUpdateContext = { caseId: 'c-1', tenantChannels: ['sms'], now };
const drafted: ApplicationDraftedV2 = {
  caseId: 'c-1',
  caseNumber: 'TWQ-1448-000001',
  servedBeforeElsewhere: false,
  serviceId: 'job-seeker-training',
  channel: 'website',
  applicant: { fullName: 'سارة عبدالله العتيبي', nationalId: '1000000008', idKind: 'national-id', mobile: '+966512345678', preferredChannel: 'sms' },
  policyVersion: 1,
  draftedAt: now.toISOString(),
};
const draft: ApplicationState = evolveApplication(initialApplicationState, { type: 'ApplicationDrafted', data: drafted } as never);

function refusal(fn: () => unknown): { code: string; kind: string; fields: string[] } {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) return { code: error.code, kind: error.kind, fields: error.fields.map((f) => f.field) };
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('updateDraft (common process step 2: a draft completed before registration completes)', () => {
  it('records the whole record again, the patch over the stored data, dates as Gregorian days', () => {
    const event = updateDraft(draft, { birthDate: { calendar: 'gregorian', date: '1995-03-01' }, email: undefined }, context);
    expect(event).toEqual({
      type: 'ApplicationDetailsUpdated',
      version: 2,
      data: {
        caseId: 'c-1',
        updatedAt: now.toISOString(),
        applicant: expect.objectContaining({ fullName: 'سارة عبدالله العتيبي', nationalId: '1000000008', mobile: '+966512345678', birthDate: '1995-03-01' }),
      },
    });
  });

  it('takes the state, not flags: no draft is not found, a submitted application is a conflict', () => {
    expect(refusal(() => updateDraft(initialApplicationState, {}, context))).toMatchObject({ code: 'case-not-found', kind: 'not-found' });
    const submitted = evolveApplication(draft, { type: 'ApplicationSubmitted', data: { caseNumber: drafted.caseNumber } } as never);
    expect(refusal(() => updateDraft(submitted, {}, context))).toMatchObject({ code: 'already-submitted', kind: 'conflict' });
  });

  it('never changes the ID number of an existing request', () => {
    expect(refusal(() => updateDraft(draft, { nationalId: '1000000016' }, context))).toEqual({
      code: 'identity-change',
      kind: 'invalid',
      fields: ['applicant.nationalId'],
    });
  });

  it('refuses email as the way to answer where the tenant does not answer by email, under the field', () => {
    expect(refusal(() => updateDraft(draft, { email: 'sara@example.org', preferredChannel: 'email' }, context))).toMatchObject({
      code: 'applicant-invalid',
      fields: ['applicant.preferredChannel'],
    });
    expect(updateDraft(draft, { email: 'sara@example.org', preferredChannel: 'email' }, { ...context, tenantChannels: ['sms', 'email'] }).data.applicant).toMatchObject({
      preferredChannel: 'email',
    });
  });
});
