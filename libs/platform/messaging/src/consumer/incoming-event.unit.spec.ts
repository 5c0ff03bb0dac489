import { DEAD_LETTER_HEADERS, EVENT_HEADERS } from '@athar/contracts';
import type { IncomingMessage } from '../broker.port';
import { eventHeaders } from '../relay/event-message';
import { recordedEvent } from '../testing/fakes';
import { deadLetterMessage } from './dead-letter';
import { readIncomingEvent } from './incoming-event';

function message(value: string | null, headers: Record<string, string>): IncomingMessage {
  return { topic: 't', partition: 1, offset: '42', key: 'case-1', value: value === null ? null : Buffer.from(value), headers };
}

describe('readIncomingEvent', () => {
  const event = recordedEvent({ tenantId: 'tenant-a' });

  it('reads a well-formed event whose tenant header matches', () => {
    expect(readIncomingEvent(message(JSON.stringify(event), eventHeaders(event)))).toEqual({ ok: true, event });
  });

  it.each([
    ['an empty value', null, /empty/],
    ['bad JSON', '{"eventId":', /not JSON/],
    ['a JSON array', '[]', /not a JSON object/],
    ['no eventId', JSON.stringify({ ...event, eventId: undefined }), /lacks eventId/],
    ['an empty type', JSON.stringify({ ...event, type: '' }), /lacks type/],
    ['a numeric tenantId', JSON.stringify({ ...event, tenantId: 7 }), /lacks tenantId/],
  ])('refuses %s', (_case, value, reason) => {
    const result = readIncomingEvent(message(value, eventHeaders(event)));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(reason);
  });

  it('refuses a tenant header that disagrees with the payload, or is missing', () => {
    const mismatch = readIncomingEvent(message(JSON.stringify(event), { ...eventHeaders(event), [EVENT_HEADERS.tenantId]: 'tenant-b' }));
    expect(!mismatch.ok && mismatch.reason).toMatch(/tenant-id header "tenant-b" disagrees with payload tenantId "tenant-a"/);
    const missing = readIncomingEvent(message(JSON.stringify(event), {}));
    expect(!missing.ok && missing.reason).toMatch(/no tenant-id header/);
  });
});

describe('deadLetterMessage', () => {
  it('keeps key, bytes and headers, and adds where it came from and why it failed', () => {
    const original = message('{"x":1}', { [EVENT_HEADERS.eventId]: 'e-1' });
    const copy = deadLetterMessage(original, { error: 'boom', attempts: 5, consumerGroup: 'athar.feedback', failedAt: new Date('2026-01-02T03:04:05Z') });
    expect(copy.key).toBe('case-1');
    expect(copy.value).toBe(original.value);
    expect(copy.headers).toEqual({
      [EVENT_HEADERS.eventId]: 'e-1',
      [DEAD_LETTER_HEADERS.originalTopic]: 't',
      [DEAD_LETTER_HEADERS.originalPartition]: '1',
      [DEAD_LETTER_HEADERS.originalOffset]: '42',
      [DEAD_LETTER_HEADERS.consumerGroup]: 'athar.feedback',
      [DEAD_LETTER_HEADERS.error]: 'boom',
      [DEAD_LETTER_HEADERS.attempts]: '5',
      [DEAD_LETTER_HEADERS.failedAt]: '2026-01-02T03:04:05.000Z',
    });
  });

  it('truncates a long error', () => {
    const copy = deadLetterMessage(message('x', {}), { error: 'e'.repeat(5000), attempts: 1, consumerGroup: 'g', failedAt: new Date() });
    expect(copy.headers[DEAD_LETTER_HEADERS.error]).toHaveLength(1000);
  });
});
