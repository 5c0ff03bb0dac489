/**
 * The envelope every event carries, in every service and every store (ARCHITECTURE.md, "Event envelope").
 * `data` is the versioned payload whose schema is named by `type` + `version`.
 */
export type Channel =
  | 'interview'
  | 'visit'
  | 'phone'
  | 'website'
  | 'social-media'
  | 'letters'
  | 'email'
  | 'help-request-service'
  | 'volunteering'
  | 'social-researcher'
  | 'office-representative'
  | 'system';

export interface Actor {
  /** User id from the token, or a service name such as `service:eligibility` for automated facts. */
  id: string;
  role: string;
  channel: Channel;
}

/** What the writer supplies; the store fills in the rest on append. */
export interface NewEvent<TData = unknown> {
  eventId: string;
  type: string;
  version: number;
  tenantId: string;
  occurredAt: string;
  actor: Actor;
  correlationId: string;
  causationId: string | null;
  data: TData;
}

export interface RecordedEvent<TData = unknown> extends NewEvent<TData> {
  streamId: string;
  /** 0-based position of the event in its stream. */
  revision: number;
  /** Position in the store's global log; a bigint in the store, a decimal string here so JSON keeps it exact. */
  globalPosition: string;
  recordedAt: string;
  /** SHA-256 (hex) of the previous event's hash and this event's canonical form; see hash-chain.ts. */
  hash: string;
  previousHash: string;
  /**
   * W3C `traceparent` of the append that stored the event, when tracing was on: the relay continues
   * that trace (docs/adr/0046). Operational metadata, outside the hash chain.
   */
  traceParent?: string;
}

/** The hash a stream's first event is chained to. */
export const GENESIS_HASH = '0'.repeat(64);
