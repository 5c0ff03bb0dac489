import { randomUUID } from 'node:crypto';
import { BadRequestException } from '@nestjs/common';
import { derivedEventId } from '../events/event-writer';
import { ParseIdPipe } from './id-param';

describe('ParseIdPipe', () => {
  const pipe = new ParseIdPipe();
  const param = { type: 'param' as const, data: 'caseId' };

  it('accepts a random id and an id derived from a retry key (the case id of a submission sent with an Idempotency-Key)', () => {
    const random = randomUUID();
    const derived = derivedEventId('a-retry-key', 'intake:case-id');
    expect(pipe.transform(random, param)).toBe(random);
    expect(pipe.transform(derived, param)).toBe(derived);
    expect(pipe.transform(derived.toUpperCase(), param)).toBe(derived.toUpperCase());
  });

  it.each([['not-a-uuid'], [''], [undefined], ['00000000-0000-0000-0000-000000000000'], ['6ba7b810-9dad-11d1-80b4-00c04fd430c8'], [`${randomUUID()}x`]])(
    'refuses %p with a 400 naming the parameter, in Arabic and English',
    (value) => {
      let thrown: unknown;
      try {
        pipe.transform(value, param);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(BadRequestException);
      expect((thrown as BadRequestException).getResponse()).toEqual({
        code: 'invalid-id',
        message: { ar: expect.any(String), en: 'The id in the path is not valid' },
        fields: [{ field: 'caseId', reasons: [{ ar: expect.any(String), en: 'must be a UUID' }] }],
      });
    },
  );
});
