import { randomBytes } from 'node:crypto';
import { Pool } from 'pg';
import { survivePoolErrors } from '@athar/event-store';

/** Engines of infra/local/engines.sh unless the environment points elsewhere. */
export const PG_URL = process.env['ATHAR_PG_URL'] ?? 'postgres://athar:athar@127.0.0.1:15432/athar';
export const KAFKA_BROKERS = process.env['KAFKA_BROKERS'] ?? '127.0.0.1:9092';

/**
 * A fresh name per test run for topics, groups, relays and schemas, so runs never meet each
 * other's (or a running platform's) data. Lower case letters and digits: valid in all of them.
 */
export function runId(): string {
  return `t${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
}

export function testPool(): Pool {
  return survivePoolErrors(new Pool({ connectionString: PG_URL, max: 8 }), 'test');
}

export async function dropSchemas(pool: Pool, schemas: string[]): Promise<void> {
  for (const schema of schemas) {
    if (!/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`unexpected schema name ${schema}`);
    await pool.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  }
}

export const silentLogger = { info: () => undefined, warn: () => undefined, error: () => undefined };
