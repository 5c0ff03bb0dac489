import { EVENT_HEADERS } from '@athar/contracts';
import { recordedEvent } from '../testing/fakes';
import { eventHeaders, partitionKey, toOutgoingMessage } from './event-message';

describe('partitionKey', () => {
  it('is the case id when the payload names one, so every event of a case shares a partition', () => {
    expect(partitionKey(recordedEvent({ data: { caseId: 'case-7' } }))).toBe('case-7');
  });

  it('falls back to the stream id when there is no usable case id', () => {
    const streamId = 'intake.inquiry.tenant-a.9';
    expect(partitionKey(recordedEvent({ streamId, data: {} }))).toBe(streamId);
    expect(partitionKey(recordedEvent({ streamId, data: { caseId: 42 } }))).toBe(streamId);
    expect(partitionKey(recordedEvent({ streamId, data: { caseId: '' } }))).toBe(streamId);
    expect(partitionKey(recordedEvent({ streamId, data: null }))).toBe(streamId);
    expect(partitionKey(recordedEvent({ streamId, data: 'text' }))).toBe(streamId);
  });
});

describe('eventHeaders', () => {
  it('carries the envelope fields under the contract header names', () => {
    const event = recordedEvent({
      eventId: 'e-1',
      type: 'DocumentAttached',
      version: 2,
      tenantId: 'tenant-b',
      correlationId: 'c-1',
      causationId: 'e-0',
      streamId: 'intake.application.tenant-b.1',
      revision: 3,
      globalPosition: '1234567890123456789',
    });
    expect(eventHeaders(event)).toEqual({
      [EVENT_HEADERS.tenantId]: 'tenant-b',
      [EVENT_HEADERS.eventId]: 'e-1',
      [EVENT_HEADERS.eventType]: 'DocumentAttached',
      [EVENT_HEADERS.eventVersion]: '2',
      [EVENT_HEADERS.correlationId]: 'c-1',
      [EVENT_HEADERS.causationId]: 'e-0',
      [EVENT_HEADERS.streamId]: 'intake.application.tenant-b.1',
      [EVENT_HEADERS.revision]: '3',
      [EVENT_HEADERS.globalPosition]: '1234567890123456789',
    });
  });

  it('leaves causation-id out for an event with no cause', () => {
    expect(eventHeaders(recordedEvent({ causationId: null }))).not.toHaveProperty(EVENT_HEADERS.causationId);
  });
});

describe('toOutgoingMessage', () => {
  it('sends the whole recorded event as JSON', () => {
    const event = recordedEvent({ data: { caseId: 'case-1', name: 'محمد' } });
    const message = toOutgoingMessage(event);
    expect(message.key).toBe('case-1');
    expect(JSON.parse(String(message.value))).toEqual(event);
  });
});
