import type { ApplicationDraftedV2 } from '@athar/contracts';
import { checklist, checklistOf, evolveApplication, initialApplicationState, isComplete, providedFields, type ApplicationStreamEvent } from './completeness';

const draft = { caseId: 'c-1', caseNumber: 'TWQ-1448-000001' } as ApplicationDraftedV2;
const attached = (documentType: 'cv' | 'national-id') => ({ type: 'DocumentAttached' as const, data: { documentType } as never });

describe('completeness (an incomplete request stays a draft with a checklist)', () => {
  it('lists every required document with its state, in Arabic and English', () => {
    const items = checklist(['national-id', 'cv'], ['cv']);
    expect(items).toEqual([
      { item: 'document:national-id', done: false, label: { ar: 'إرفاق الهوية الوطنية', en: 'attach the national ID' } },
      { item: 'document:cv', done: true, label: { ar: 'إرفاق السيرة الذاتية', en: 'attach the CV' } },
    ]);
    expect(isComplete(items)).toBe(false);
    expect(isComplete(checklist(['cv'], ['cv']))).toBe(true);
    expect(isComplete(checklist([], []))).toBe(true);
  });

  it('lists missing applicant fields before documents', () => {
    const items = checklist(['cv'], [], ['birthDate', 'nationalAddress'], { fullName: 'x', nationalId: '1', mobile: '+966500000000', birthDate: '1990-01-01' });
    expect(items.map((i) => [i.item, i.done])).toEqual([
      ['field:applicant.birthDate', true],
      ['field:applicant.nationalAddress', false],
      ['document:cv', false],
    ]);
    expect(items[1].label).toEqual({ ar: 'إدخال العنوان الوطني', en: 'give the national address' });
  });

  it('gives the same checklist from the field names a read model keeps, never the values', () => {
    const applicant = { fullName: 'x', nationalId: '1', mobile: '+966500000000', idExpiry: '2030-01-01' };
    expect(providedFields(applicant)).toEqual(['idExpiry']);
    expect(providedFields(undefined)).toEqual([]);
    const required = ['birthDate', 'idExpiry'] as const;
    expect(checklistOf(['cv'], ['cv'], required, providedFields(applicant))).toEqual(checklist(['cv'], ['cv'], required, applicant));
  });

  it('follows a draft through its documents to submission', () => {
    const events: ApplicationStreamEvent[] = [{ type: 'ApplicationDrafted', data: draft }, attached('national-id'), attached('cv')];
    const state = events.reduce(evolveApplication, initialApplicationState);
    expect(state).toMatchObject({ status: 'draft', documents: ['national-id', 'cv'] });
    expect(evolveApplication(state, { type: 'ApplicationSubmitted', data: { caseNumber: 'TWQ-1448-000001' } as never }).status).toBe('submitted');
  });
});
