import type { EventStore } from '@athar/event-store';
import type { Pool } from 'pg';
// eslint-disable-next-line
const { TmpPgStore } = require('/tmp/athar-tmp-store/pg-store.ts');

export function openTestEventStore(pool: Pool, schema: string): EventStore & { ensureSchema(): Promise<void> } {
  return new TmpPgStore(pool, schema);
}
