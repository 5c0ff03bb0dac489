import { DomainError, type Signatory } from '@athar/contracts';
import fc from 'fast-check';
import {
  draftAgreement,
  endAtTerm,
  evolveAgreement,
  initialAgreementState,
  lapseUnsigned,
  sendForSignature,
  signAgreement,
  terminateAgreement,
  type AgreementEvent,
  type AgreementState,
  type AgreementTemplate,
} from './agreement';
import { addMonths } from './calendar';
import { reportDueDates } from './reporting-schedule';

const template: AgreementTemplate = {
  id: 'tuwaiq-training-mou',
  version: 2,
  responsibilities: {
    allocator: [{ ar: 'تقديم الحقائب التدريبية والمدربين', en: 'Provide the training kits and trainers' }],
    partner: [{ ar: 'ترشيح المتدربين ورفع تقارير الأثر', en: 'Nominate trainees and report impact' }],
  },
  reporting: { every: 'quarter', dueDaysAfterPeriod: 15 },
  termMonths: 12,
  signatureDays: 14,
};
const chair: Signatory = { userId: 'u-chair', name: 'عبدالله السبيعي', capacity: 'رئيس مجلس الإدارة' };
const partnerDirector: Signatory = { userId: null, name: 'نورة القحطاني', capacity: 'المديرة التنفيذية لجمعية أوج' };
const at = (iso: string) => new Date(iso);

function fold(events: AgreementEvent[]): AgreementState {
  return events.reduce(evolveAgreement, initialAgreementState);
}

function drafted(): AgreementEvent[] {
  const data = draftAgreement(
    initialAgreementState,
    template,
    {
      agreementId: 'ag-1',
      requestId: 'pr-1',
      roundId: 'round-1447',
      partner: { kind: 'tenant', tenantId: 'awj', name: { ar: 'جمعية أوج', en: 'Awj Association' } },
      allocation: { serviceId: 'training', units: 40, unit: 'seats' },
      startsOn: '2027-01-01',
      draftedBy: 'u-officer',
    },
    at('2026-12-01T08:00:00Z'),
  );
  return [{ type: 'PartnerAgreementDrafted', data }];
}

function sent(): AgreementEvent[] {
  const events = drafted();
  return [...events, { type: 'PartnerAgreementSent', data: sendForSignature(fold(events), template.signatureDays, 'u-officer', at('2026-12-02T08:00:00Z')) }];
}

const refusal = (run: () => unknown): string => {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    throw error;
  }
  throw new Error('not refused');
};

describe('a partner agreement (Tuwaiq, partner allocation 4)', () => {
  it('is drafted from the template with both parties’ responsibilities, the allocation, the schedule and a twelve-month term', () => {
    const state = fold(drafted());
    expect(state.status).toBe('draft');
    expect(state.drafted).toMatchObject({
      responsibilities: template.responsibilities,
      allocation: { units: 40, unit: 'seats' },
      reporting: { every: 'quarter', dueDaysAfterPeriod: 15 },
      term: { startsOn: '2027-01-01', endsOn: '2027-12-31' },
      template: { id: 'tuwaiq-training-mou', version: 2 },
    });
  });

  it('refuses an agreement over nothing allocated, or with a start that is no date, naming the field', () => {
    const base = {
      agreementId: 'ag-2',
      requestId: 'pr-2',
      roundId: 'r',
      partner: { kind: 'outside' as const, name: { ar: 'جهة', en: 'Body' }, licenceNumber: '1234' },
      allocation: { serviceId: 'training', units: 0, unit: 'seats' as const },
      startsOn: '2027-01-01',
      draftedBy: 'u',
    };
    expect(refusal(() => draftAgreement(initialAgreementState, template, base, at('2026-12-01T00:00:00Z')))).toBe('allocation-empty');
    expect(
      refusal(() =>
        draftAgreement(
          initialAgreementState,
          template,
          { ...base, allocation: { ...base.allocation, units: 5 }, startsOn: '2027-13-45' },
          at('2026-12-01T00:00:00Z'),
        ),
      ),
    ).toBe('starts-on-invalid');
    // a day the month does not have (the engine's date parser would roll it over to 2 March)
    for (const startsOn of ['2027-02-30', '2027-04-31', '2026-02-29'])
      expect(
        refusal(() =>
          draftAgreement(initialAgreementState, template, { ...base, allocation: { ...base.allocation, units: 5 }, startsOn }, at('2026-12-01T00:00:00Z')),
        ),
      ).toBe('starts-on-invalid');
    expect(
      refusal(() => draftAgreement(fold(drafted()), template, { ...base, allocation: { ...base.allocation, units: 5 } }, at('2026-12-01T00:00:00Z'))),
    ).toBe('agreement-exists');
  });

  it('is in force only when both parties have signed, and then its quarterly reports fall due 15 days after each quarter', () => {
    const events = sent();
    const first = signAgreement(fold(events), 'partner', partnerDirector, at('2026-12-05T09:00:00Z'));
    expect(first.tookEffect).toBeNull();
    events.push({ type: 'PartnerAgreementSigned', data: first.signed });
    expect(fold(events).status).toBe('signed-by-one');
    expect(refusal(() => signAgreement(fold(events), 'partner', partnerDirector, at('2026-12-06T09:00:00Z')))).toBe('already-signed');
    const second = signAgreement(fold(events), 'allocator', chair, at('2026-12-07T09:00:00Z'));
    expect(second.tookEffect).toEqual({
      agreementId: 'ag-1',
      inForceFrom: '2026-12-07T09:00:00.000Z',
      reportsDue: ['2027-04-15', '2027-07-15', '2027-10-15', '2028-01-15'],
    });
    events.push({ type: 'PartnerAgreementSigned', data: second.signed }, { type: 'PartnerAgreementTookEffect', data: second.tookEffect! });
    const state = fold(events);
    expect(state.status).toBe('in-force');
    expect(state.signed.allocator).toMatchObject({ name: chair.name, capacity: chair.capacity, signedAt: '2026-12-07T09:00:00.000Z' });
  });

  it('names the signatory and the capacity they sign in, or refuses the signature', () => {
    expect(refusal(() => signAgreement(fold(sent()), 'partner', { ...partnerDirector, name: ' ' }, at('2026-12-05T09:00:00Z')))).toBe('signatory-name');
    expect(refusal(() => signAgreement(fold(sent()), 'partner', { ...partnerDirector, capacity: '' }, at('2026-12-05T09:00:00Z')))).toBe('signatory-capacity');
  });

  it('cannot be signed before it is sent, and lapses when the signature deadline passes with one signature', () => {
    expect(refusal(() => signAgreement(fold(drafted()), 'partner', partnerDirector, at('2026-12-05T09:00:00Z')))).toBe('agreement-state');
    const events = sent();
    events.push({ type: 'PartnerAgreementSigned', data: signAgreement(fold(events), 'partner', partnerDirector, at('2026-12-05T09:00:00Z')).signed });
    expect(lapseUnsigned(fold(events), at('2026-12-16T07:59:59Z'))).toBeNull();
    const lapsed = lapseUnsigned(fold(events), at('2026-12-16T08:00:00Z'));
    expect(lapsed).toMatchObject({ code: 'signature-deadline-passed', by: null });
    expect(refusal(() => signAgreement(fold(events), 'allocator', chair, at('2026-12-16T08:00:01Z')))).toBe('signature-deadline-passed');
    events.push({ type: 'PartnerAgreementTerminated', data: lapsed! });
    expect(fold(events)).toMatchObject({ status: 'terminated', terminated: { code: 'signature-deadline-passed' } });
  });

  it('ends once the last day of its term is over in Riyadh, not before', () => {
    const events = sent();
    const one = signAgreement(fold(events), 'partner', partnerDirector, at('2026-12-05T09:00:00Z'));
    events.push({ type: 'PartnerAgreementSigned', data: one.signed });
    const two = signAgreement(fold(events), 'allocator', chair, at('2026-12-06T09:00:00Z'));
    events.push({ type: 'PartnerAgreementSigned', data: two.signed }, { type: 'PartnerAgreementTookEffect', data: two.tookEffect! });
    expect(endAtTerm(fold(events), at('2027-12-31T20:59:59Z'))).toBeNull();
    expect(endAtTerm(fold(events), at('2027-12-31T21:00:00Z'))).toEqual({ agreementId: 'ag-1', endsOn: '2027-12-31', endedAt: '2027-12-31T21:00:00.000Z' });
    expect(lapseUnsigned(fold(events), at('2028-01-01T00:00:00Z'))).toBeNull();
  });

  it('is terminated early only with a known reason code and an explanation, and never once ended', () => {
    const state = fold(sent());
    expect(refusal(() => terminateAgreement(state, 'mutual-consent', { ar: '', en: '' }, 'u', at('2026-12-03T00:00:00Z')))).toBe('termination-reason');
    expect(refusal(() => terminateAgreement(state, 'signature-deadline-passed', { ar: 'انتهت المهلة', en: 'deadline' }, 'u', at('2026-12-03T00:00:00Z')))).toBe(
      'termination-code',
    );
    const done = terminateAgreement(
      state,
      'partner-withdrew',
      { ar: 'اعتذرت الجمعية الشريكة عن التنفيذ', en: 'The partner withdrew' },
      'u-officer',
      at('2026-12-03T00:00:00Z'),
    );
    const terminated = evolveAgreement(state, { type: 'PartnerAgreementTerminated', data: done });
    expect(
      refusal(() => terminateAgreement(terminated, 'mutual-consent', { ar: 'سبب آخر للإنهاء', en: 'another reason' }, 'u', at('2026-12-04T00:00:00Z'))),
    ).toBe('agreement-state');
  });
});

describe('impact report due dates (Tuwaiq, partner allocation 5)', () => {
  it.each([
    [
      'a year in quarters',
      { startsOn: '2027-01-01', endsOn: '2027-12-31' },
      { every: 'quarter', dueDaysAfterPeriod: 15 },
      ['2027-04-15', '2027-07-15', '2027-10-15', '2028-01-15'],
    ],
    ['a short last period', { startsOn: '2027-01-01', endsOn: '2027-04-30' }, { every: 'quarter', dueDaysAfterPeriod: 0 }, ['2027-03-31', '2027-04-30']],
    [
      'months from the 31st',
      { startsOn: '2027-01-31', endsOn: '2027-04-29' },
      { every: 'month', dueDaysAfterPeriod: 1 },
      ['2027-02-28', '2027-03-31', '2027-04-30'],
    ],
    ['one day', { startsOn: '2027-05-05', endsOn: '2027-05-05' }, { every: 'year', dueDaysAfterPeriod: 30 }, ['2027-06-04']],
  ] as const)('%s', (_name, term, schedule, expected) => {
    expect(reportDueDates(term, schedule)).toEqual(expected);
  });

  it('gives one report per period of the term, in order, each after its period and within the grace days of the term end', () => {
    const date = fc
      .date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2040-01-01T00:00:00Z'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(
        date,
        fc.integer({ min: 1, max: 36 }),
        fc.constantFrom('month', 'quarter', 'half-year', 'year'),
        fc.integer({ min: 0, max: 60 }),
        (startsOn, months, every, dueDaysAfterPeriod) => {
          const endsOn = new Date(Date.parse(`${addMonths(startsOn, months)}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
          const due = reportDueDates({ startsOn, endsOn }, { every, dueDaysAfterPeriod });
          const length = { month: 1, quarter: 3, 'half-year': 6, year: 12 }[every];
          expect(due).toHaveLength(Math.ceil(months / length));
          expect([...due].sort()).toEqual(due);
          expect(new Set(due).size).toBe(due.length);
          const last = Date.parse(`${endsOn}T00:00:00Z`) + dueDaysAfterPeriod * 86_400_000;
          expect(Date.parse(`${due[due.length - 1]}T00:00:00Z`)).toBe(last);
          expect(Date.parse(`${due[0]}T00:00:00Z`)).toBeGreaterThan(Date.parse(`${startsOn}T00:00:00Z`) + (dueDaysAfterPeriod - 1) * 86_400_000);
        },
      ),
    );
  });
});
