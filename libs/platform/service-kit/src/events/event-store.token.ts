/** Nest's injection token for this service's EventStore (created by EnginesModule from the environment). */
export const EVENT_STORE = Symbol('EVENT_STORE');
