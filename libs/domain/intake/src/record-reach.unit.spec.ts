import { DomainError } from '@athar/contracts';
import { correctReach, evolveReach, initialReachState, reachFigures, recordReach, type ReachFact, type RecordReach } from './record-reach';

const tuwaiq = {
  channels: ['website', 'social-media', 'interview'],
  services: [
    { id: 'published-content', beneficiaryType: 'indirect' as const },
    { id: 'job-seeker-training', beneficiaryType: 'direct' as const },
  ],
};
const command: RecordReach = {
  contentItemId: 'guide-cv-writing',
  serviceId: 'published-content',
  channel: 'social-media',
  count: 1250,
  periodStart: new Date('2026-11-01T00:00:00Z'),
  periodEnd: new Date('2026-11-08T00:00:00Z'),
};
const now = new Date('2026-11-22T00:00:00Z');
const fieldsOf = (fn: () => unknown): string[] => {
  try {
    fn();
  } catch (error) {
    return (error as DomainError).fields.map((f) => f.field);
  }
  return [];
};

describe('recordReach (Tuwaiq 2-2: indirect beneficiaries are counted, not recorded)', () => {
  it('counts reach per content item, channel and period, with no personal data', () => {
    expect(recordReach(command, tuwaiq, now, initialReachState)).toEqual({
      contentItemId: 'guide-cv-writing',
      serviceId: 'published-content',
      channel: 'social-media',
      count: 1250,
      periodStart: '2026-11-01T00:00:00.000Z',
      periodEnd: '2026-11-08T00:00:00.000Z',
    });
  });

  it.each([
    ['a direct-beneficiary service', { ...command, serviceId: 'job-seeker-training' }, ['serviceId']],
    ['a channel not offered', { ...command, channel: 'email' as const }, ['channel']],
    ['a period ending before it starts', { ...command, periodEnd: new Date('2026-10-01T00:00:00Z') }, ['periodEnd']],
    ['a period not over yet', { ...command, periodEnd: new Date('2026-12-01T00:00:00Z') }, ['periodEnd']],
  ])('refuses %s', (_name, given, fields) => {
    expect(fieldsOf(() => recordReach(given, tuwaiq, now, initialReachState))).toEqual(fields);
  });
});

describe('a reach figure is one value per item, channel and period, corrected rather than added to (Tuwaiq 2-2)', () => {
  const recorded = (count: number, by = 'team-1', at = '2026-11-09T00:00:00.000Z'): ReachFact => ({
    type: 'ReachRecorded',
    data: { ...recordReach(command, tuwaiq, now, initialReachState), count },
    recordedAt: at,
    actor: { id: by },
  });
  const correction = {
    contentItemId: command.contentItemId,
    channel: command.channel,
    periodStart: command.periodStart,
    periodEnd: command.periodEnd,
    count: 1100,
    reason: 'the platform report counted bots',
    correctedBy: 'team-2',
  };
  const codeOf = (fn: () => unknown): string | undefined => {
    try {
      fn();
    } catch (error) {
      return (error as DomainError).code;
    }
    return undefined;
  };

  it('refuses a second figure for the same item, channel and period with 409, naming the standing figure and the correction route', () => {
    let error: DomainError | undefined;
    try {
      recordReach(command, tuwaiq, now, reachFigures([recorded(1250)]));
    } catch (e) {
      error = e as DomainError;
    }
    expect(error).toMatchObject({ code: 'reach-already-recorded', kind: 'conflict' });
    expect(error?.text.en).toContain('POST /reach/corrections');
    expect(error?.fields[0].reasons[0].en).toContain('1250');
  });

  it('records another period or channel of the same item', () => {
    expect(
      recordReach({ ...command, periodStart: command.periodEnd, periodEnd: new Date('2026-11-15T00:00:00Z') }, tuwaiq, now, reachFigures([recorded(1250)]))
        .count,
    ).toBe(1250);
    expect(recordReach({ ...command, channel: 'website' }, tuwaiq, now, reachFigures([recorded(1250)])).channel).toBe('website');
  });

  it('a correction replaces the figure, keeping who, why and when', () => {
    const corrected = correctReach(reachFigures([recorded(1250)]), correction, new Date('2026-11-20T00:00:00Z'));
    expect(corrected).toMatchObject({
      count: 1100,
      previousCount: 1250,
      reason: 'the platform report counted bots',
      correctedBy: 'team-2',
      correctedAt: '2026-11-20T00:00:00.000Z',
      serviceId: 'published-content',
    });
    const [figure] = reachFigures([
      recorded(1250),
      { type: 'ReachCorrected', data: corrected, recordedAt: '2026-11-20T00:00:00.000Z', actor: { id: 'team-2' } },
    ]).values();
    expect(figure).toMatchObject({
      count: 1100,
      recordedBy: 'team-1',
      corrections: [{ from: 1250, to: 1100, reason: 'the platform report counted bots', by: 'team-2', at: '2026-11-20T00:00:00.000Z' }],
    });
  });

  it('folds the stream one fact at a time, leaving the state it was given as it was', () => {
    const before = evolveReach(initialReachState, recorded(1250));
    const after = evolveReach(before, recorded(900, 'team-3'));
    expect([...before.values()][0].count).toBe(1250);
    expect([...after.values()][0].count).toBe(900);
    expect(initialReachState.size).toBe(0);
  });

  it('reads a figure recorded twice before corrections existed as replaced, not summed', () => {
    const figures = [...reachFigures([recorded(1250), recorded(1250, 'team-3', '2026-11-10T00:00:00.000Z')]).values()];
    expect(figures).toHaveLength(1);
    expect(figures[0]).toMatchObject({ count: 1250, corrections: [{ from: 1250, to: 1250, reason: null, by: 'team-3' }] });
  });

  it.each([
    ['no figure to correct', [], correction, 'reach-figure-not-found'],
    ['no reason', [recorded(1250)], { ...correction, reason: ' short ' }, 'correction-reason-required'],
    ['a correction that changes nothing', [recorded(1250)], { ...correction, count: 1250 }, 'correction-changes-nothing'],
  ] as const)('refuses %s', (_name, history, given, code) => {
    expect(codeOf(() => correctReach(reachFigures(history), given, now))).toBe(code);
  });
});
