import { createHash } from 'node:crypto';
import { canonicalJson, GENESIS_HASH, type RecordedEvent } from '@athar/contracts';

/** The part of a recorded event the hash covers: everything but the hash itself and the store-assigned position. */
export type HashedPart = Omit<RecordedEvent, 'hash' | 'globalPosition'>;

/** SHA-256 (hex) of the previous event's hash followed by this event's canonical JSON. */
export function computeEventHash(previousHash: string, event: HashedPart): string {
  const { eventId, type, version, tenantId, occurredAt, actor, correlationId, causationId, data, streamId, revision, recordedAt } = event;
  const body = canonicalJson({
    eventId,
    type,
    version,
    tenantId,
    occurredAt,
    actor,
    correlationId,
    causationId,
    data,
    streamId,
    revision,
    recordedAt,
    previousHash,
  });
  return createHash('sha256').update(previousHash).update(body).digest('hex');
}

export type ChainVerdict = { valid: true; count: number } | { valid: false; count: number; brokenAtRevision: number; reason: string };

/**
 * Checks a whole stream read forwards: revisions 0, 1, 2…, each event chained to the previous one's
 * hash (the first to GENESIS_HASH), and each hash matching the event's content. Any edit, deletion,
 * insertion or reordering of stored events breaks it at the first event affected.
 */
export function verifyStreamChain(events: RecordedEvent[]): ChainVerdict {
  let previousHash = GENESIS_HASH;
  for (const [index, event] of events.entries()) {
    const broken = (reason: string): ChainVerdict => ({ valid: false, count: events.length, brokenAtRevision: event.revision, reason });
    if (event.revision !== index) return broken(`expected revision ${index}, found ${event.revision}`);
    if (event.previousHash !== previousHash) return broken('not chained to the previous event');
    if (computeEventHash(previousHash, event) !== event.hash) return broken('content does not match its hash');
    previousHash = event.hash;
  }
  return { valid: true, count: events.length };
}
