import fc from 'fast-check';
import { DomainError } from '@athar/contracts';
import { buildDashboard, type DashboardFilters, type GroupBy } from './dashboard';
import { monthLabel, riyadhMonth, type ScoredAnswer } from './k-threshold';

const K = 5;
let seq = 0;
function answer(over: Partial<ScoredAnswer> & { csat: number }): ScoredAnswer {
  seq += 1;
  return {
    surveyId: `s${String(seq).padStart(4, '0')}`,
    serviceId: 'member-service',
    department: 'member-services',
    channel: 'website',
    staffId: null,
    month: '2026-12',
    answeredAt: `2026-12-01T00:${String(seq % 60).padStart(2, '0')}:00.000Z`,
    texts: {},
    ...over,
    values: { csat: over.csat, nps: 8, ...(over.values ?? {}) },
  };
}

const dashboard = (answers: ScoredAnswer[], filters: DashboardFilters, groupBy: GroupBy = 'service') =>
  buildDashboard({ answers, sent: [], k: K, partition: 'service', filters, groupBy, unmasked: false });

describe('the k-threshold method (docs/adr/0041)', () => {
  it('differencing attack: five website answers and one phone answer; "the service" minus "its website channel" reveals nothing of the phone answer', () => {
    const website = Array.from({ length: 5 }, () => answer({ csat: 5 }));
    const phone = answer({ csat: 1, channel: 'phone' });
    const all = [...website, phone];
    const wholeService = dashboard(all, { serviceId: 'member-service' });
    const websiteOnly = dashboard(all, { serviceId: 'member-service', channel: 'website' });
    // Both are answered, and they cover the very same answers: their difference is empty.
    expect(wholeService.totals.responses).toBe(5);
    expect(wholeService.totals.figures).toEqual(websiteOnly.totals.figures);
    // Asking for the phone channel alone is refused outright.
    expect(() => dashboard(all, { channel: 'phone' })).toThrow(DomainError);
    expect(() => dashboard(all, { channel: 'phone' })).toThrow(/fewer than 5/);
  });

  it('the same query on two days differs by a whole batch of k, never by the one answer that arrived between', () => {
    const first = Array.from({ length: 5 }, () => answer({ csat: 4 }));
    const before = dashboard(first, {});
    const after = dashboard([...first, answer({ csat: 1 })], {});
    expect(after.totals).toEqual(before.totals);
  });

  it('any two answered queries over any answers differ by 0 or at least k answers, per measure', () => {
    const services = ['a-service', 'b-service'];
    const channels = ['website', 'phone', 'visit'];
    const months = ['2026-10', '2026-11', '2026-12'];
    const arbAnswer = fc.record({
      serviceId: fc.constantFrom(...services),
      channel: fc.constantFrom(...channels),
      month: fc.constantFrom(...months),
      csat: fc.integer({ min: 1, max: 5 }),
      effort: fc.option(fc.integer({ min: 1, max: 7 }), { nil: undefined }),
    });
    const arbFilter = fc.record(
      {
        serviceId: fc.constantFrom(...services),
        channel: fc.constantFrom(...channels),
        fromMonth: fc.constantFrom(...months),
        toMonth: fc.constantFrom(...months),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.array(arbAnswer, { maxLength: 60 }), fc.array(arbFilter, { minLength: 2, maxLength: 6 }), (raw, filters) => {
        const answers = raw.map((r) => answer({ ...r, values: r.effort === undefined ? {} : { effort: r.effort } }));
        const answered = filters.flatMap((f) => {
          try {
            return [dashboard(answers, f)];
          } catch {
            return [];
          }
        });
        for (const a of answered) {
          for (const b of answered) {
            for (const metric of ['csat', 'nps', 'effort'] as const) {
              const diff = Math.abs((a.totals.figures[metric]?.n ?? 0) - (b.totals.figures[metric]?.n ?? 0));
              expect(diff === 0 || diff >= K).toBe(true);
            }
          }
          for (const g of a.groups) expect(g.responses % K).toBe(0);
        }
      }),
    );
  });

  it('an optional measure (the staff question) is released in its own batches: one person who answered it among five is not published', () => {
    const answers = Array.from({ length: 5 }, (_, i) => answer({ csat: 4, values: i === 0 ? { staffCsat: 1 } : {} }));
    expect(dashboard(answers, {}).totals.figures.staffCsat).toBeUndefined();
  });

  it('masks the remarks of released answers for anyone but the executive director', () => {
    const answers = Array.from({ length: 5 }, () => answer({ csat: 3, texts: { comment: 'الموظف خالد لم يرد، جوالي 0551234567' } }));
    const masked = buildDashboard({ answers, sent: [], k: K, partition: 'service', filters: {}, groupBy: 'month', unmasked: false });
    expect(masked.comments[0]!.text).not.toMatch(/خالد|0551234567/);
    const director = buildDashboard({ answers, sent: [], k: K, partition: 'service', filters: {}, groupBy: 'month', unmasked: true });
    expect(director.comments[0]!.text).toContain('خالد');
  });

  it('labels each Gregorian month with the Hijri months it spans, in Arabic and English', () => {
    const label = monthLabel('2026-12');
    expect(label.gregorian).toBe('2026-12');
    expect(label.hijri).toMatch(/^1448-0\d\/1448-0\d$/);
    expect(label.label.en).toMatch(/December 2026 \(.*1448.*\)/);
    expect(riyadhMonth('2026-11-30T22:00:00.000Z')).toBe('2026-12');
  });
});
