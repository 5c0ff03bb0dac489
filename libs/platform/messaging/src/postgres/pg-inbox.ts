import type { Pool, QueryResult } from 'pg';
import type { Inbox, InboxOutcome } from '../consumer/inbox';
import { DEFAULT_MESSAGING_SCHEMA, schemaIdentifier } from './messaging-schema';

/**
 * The inbox in `<schema>.inbox`. Each handling runs inside one transaction that first inserts the
 * (group, event) row and commits it only after the handler resolved:
 * - an event already committed makes the insert a no-op: a duplicate, the handler is skipped;
 * - a handler failure rolls the row back, so the event stays unhandled and may be retried;
 * - two members handling the same event at once (a rebalance with a slow "zombie" member): the
 *   second insert waits on the first one's uncommitted row, then sees it and skips, so the handler
 *   does not run twice concurrently, which a check-then-record inbox would allow.
 * Cost: one pooled connection held while a handler runs, and two round trips besides the handler's
 * (BEGIN with the claim, then COMMIT). Effects outside PostgreSQL are not part of
 * the transaction: a crash after the handler's effect but before COMMIT re-handles the event once.
 */
export class PgInbox implements Inbox {
  private readonly table: string;

  constructor(
    private readonly pool: Pool,
    schema: string = DEFAULT_MESSAGING_SCHEMA,
  ) {
    this.table = `${schemaIdentifier(schema)}.inbox`;
  }

  async handleOnce(consumerGroup: string, eventId: string, handle: () => Promise<void>): Promise<InboxOutcome> {
    const client = await this.pool.connect();
    let broken = false;
    try {
      // BEGIN and the claim in one round trip: a query without parameters may hold several statements,
      // so the two values go in as literals, escaped by the driver. pg answers with one result per statement.
      const [, claimed] = (await client.query(
        `BEGIN; INSERT INTO ${this.table} (consumer_group, event_id, handled_at)
         VALUES (${client.escapeLiteral(consumerGroup)}, ${client.escapeLiteral(eventId)}, now())
         ON CONFLICT (consumer_group, event_id) DO NOTHING`,
      )) as unknown as [QueryResult, QueryResult];
      if (claimed.rowCount === 0) {
        await client.query('ROLLBACK');
        return 'duplicate';
      }
      await handle();
      await client.query('COMMIT');
      return 'handled';
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {
        broken = true; // the connection itself failed: do not hand it back to the pool
      });
      throw error;
    } finally {
      client.release(broken);
    }
  }

  /** Whether `consumerGroup` has handled `eventId` (for tests and operations tooling). */
  async has(consumerGroup: string, eventId: string): Promise<boolean> {
    const { rowCount } = await this.pool.query(`SELECT 1 FROM ${this.table} WHERE consumer_group = $1 AND event_id = $2`, [consumerGroup, eventId]);
    return (rowCount ?? 0) > 0;
  }
}
