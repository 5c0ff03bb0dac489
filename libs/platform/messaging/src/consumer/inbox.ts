export type InboxOutcome = 'handled' | 'duplicate';

/** Remembers which events a consumer group has handled, so a redelivered event is not applied twice. */
export interface Inbox {
  /**
   * Runs `handle` unless `consumerGroup` already handled `eventId`, and records the event only if
   * `handle` resolves. If `handle` rejects, nothing is recorded and the rejection propagates.
   */
  handleOnce(consumerGroup: string, eventId: string, handle: () => Promise<void>): Promise<InboxOutcome>;
}
