import { assertHandledTypesArePublished } from './messaging-runtime';

describe('a service handles only events some topic carries (docs/adr/0032)', () => {
  it('starts when every handled type is an integration event', () => {
    expect(() => assertHandledTypesArePublished(['ApplicationSubmitted', 'OpenRequestRegistered', 'VoteCast'])).not.toThrow();
  });

  it('refuses, naming them, handlers for internal facts and for unlisted types', () => {
    expect(() => assertHandledTypesArePublished(['ApplicationSubmitted', 'CaseNumberAssigned', 'NotReleased'])).toThrow(/CaseNumberAssigned, NotReleased$/);
  });
});
