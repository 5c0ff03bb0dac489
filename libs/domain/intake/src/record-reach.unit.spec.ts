import { DomainError } from '@athar/contracts';
import { recordReach, type RecordReach } from './record-reach';

const tuwaiq = {
  channels: ['website', 'social-media', 'interview'],
  services: [{ id: 'published-content', beneficiaryType: 'indirect' as const }, { id: 'job-seeker-training', beneficiaryType: 'direct' as const }],
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
    expect(recordReach(command, tuwaiq, now)).toEqual({
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
    expect(fieldsOf(() => recordReach(given, tuwaiq, now))).toEqual(fields);
  });
});
