import { randomUUID } from 'node:crypto';
import { isUUID } from 'class-validator';
import { derivedEventId, derivedRecordId } from './event-writer';

describe('ids derived from a retry key (docs/adr/0019)', () => {
  it('derives the same record id for the same retry key and purpose, another for another', () => {
    expect(derivedRecordId('key-1', 'intake:case-id')).toBe(derivedRecordId('key-1', 'intake:case-id'));
    expect(derivedRecordId('key-1', 'intake:case-id')).not.toBe(derivedRecordId('key-2', 'intake:case-id'));
  });

  it('lays a record id out as a version-4 UUID, as the routes that take a case id require', () => {
    for (let i = 0; i < 200; i += 1) expect(isUUID(derivedRecordId(randomUUID(), 'intake:case-id'), '4')).toBe(true);
  });

  it('keeps event ids as they were (version 5): ids already derived by running timers stay the same', () => {
    expect(isUUID(derivedEventId('cause', 'purpose'), '5')).toBe(true);
  });
});
