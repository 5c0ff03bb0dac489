import { eventUpcasting, EventUpcasting, UnknownEventVersionError } from './registry';

describe('EventUpcasting', () => {
  const schemas = [{ type: 'ThingHappened', context: 'intake' as const, latestVersion: 3 }];
  const upcasting = new EventUpcasting(schemas)
    .register('ThingHappened', 1, (d) => ({ ...(d as object), unit: 'days' }))
    .register('ThingHappened', 2, (d) => {
      const { count, ...rest } = d as { count: number };
      return { ...rest, total: count };
    });

  it('brings a v1 payload through every step to the latest version', () => {
    expect(upcasting.upcast({ type: 'ThingHappened', version: 1, data: { count: 2 } })).toEqual({
      type: 'ThingHappened',
      version: 3,
      data: { unit: 'days', total: 2 },
    });
  });

  it('leaves a latest-version event as it is', () => {
    const event = { type: 'ThingHappened', version: 3, data: { total: 1, unit: 'days' } };
    expect(upcasting.upcast(event)).toEqual(event);
  });

  it('refuses unknown types, future versions and gaps in the chain', () => {
    expect(() => upcasting.upcast({ type: 'Nope', version: 1, data: {} })).toThrow(UnknownEventVersionError);
    expect(() => upcasting.upcast({ type: 'ThingHappened', version: 4, data: {} })).toThrow(UnknownEventVersionError);
    expect(() => new EventUpcasting(schemas).upcast({ type: 'ThingHappened', version: 1, data: {} })).toThrow(/v1/);
  });
});

describe('the platform upcasters (docs/adr/0025)', () => {
  const applicant = { fullName: 'سارة', nationalId: '1000000008', mobile: '+966512345678' };

  it.each(['ApplicationSubmitted', 'ApplicationDrafted', 'ApplicationDetailsUpdated'])('reads a v1 %s as v2: no email, answered by SMS', (type) => {
    expect(eventUpcasting.upcast({ type, version: 1, data: { caseId: 'c', applicant } })).toEqual({
      type,
      version: 2,
      data: { caseId: 'c', applicant: { ...applicant, preferredChannel: 'sms' } },
    });
  });

  it('leaves a v2 applicant, and types it does not list, as they are', () => {
    const v2 = {
      type: 'ApplicationSubmitted',
      version: 2,
      data: { caseId: 'c', applicant: { ...applicant, email: 'sara@example.org', preferredChannel: 'email' } },
    };
    expect(eventUpcasting.upcast(v2)).toEqual(v2);
    const other = { type: 'SomethingInternal', version: 7, data: {} };
    expect(eventUpcasting.upcastKnown(other)).toBe(other);
  });
});
