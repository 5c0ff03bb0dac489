import { assertHandledTypesArePublished, contextsToConsume } from './messaging-runtime';

describe('a service handles only events some topic carries (docs/adr/0032)', () => {
  it('starts when every handled type is an integration event', () => {
    expect(() => assertHandledTypesArePublished(['ApplicationSubmitted', 'OpenRequestRegistered', 'VoteCast'])).not.toThrow();
  });

  it('refuses, naming them, handlers for internal facts and for unlisted types', () => {
    expect(() => assertHandledTypesArePublished(['ApplicationSubmitted', 'CaseNumberAssigned', 'NotReleased'])).toThrow(/CaseNumberAssigned, NotReleased$/);
  });
});

describe('a service subscribes only to topics that carry what it handles', () => {
  it('leaves out a listed context whose topic carries no handled type', () => {
    expect(contextsToConsume(['intake', 'partner-allocation'], ['PartnerRequestSubmitted', 'ImpactReportOverdue'])).toEqual(['partner-allocation']);
    expect(contextsToConsume(['intake', 'committee-review', 'feedback'], ['ApplicationSubmitted', 'ServiceDeliveryEnded', 'ComplaintFiled'])).toEqual([
      'intake',
      'committee-review',
      'feedback',
    ]);
  });

  it('refuses, naming them, handled types whose topic is not consumed', () => {
    expect(() => contextsToConsume(['intake'], ['ApplicationSubmitted', 'EligibilityAssessed', 'VoteCast'])).toThrow(
      /consumes\): EligibilityAssessed, VoteCast$/,
    );
  });
});
