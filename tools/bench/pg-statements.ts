/**
 * Where PostgreSQL's time goes during a bench's load: the statements of every database on the server
 * (the services' store, inbox and checkpoints, and FerretDB's documents), from pg_stat_statements
 * (loaded by infra/local/postgres/postgresql.conf). Reset when the load starts, read when it ends; each
 * statement's calls and execution time per acknowledged case. Execution time is the executor's only
 * (no parsing, planning or protocol), so it ranks statements; the process's CPU is proc-stats' figure.
 */
import type { Pool } from 'pg';

export interface StatementFigure {
  database: string;
  query: string;
  calls: number;
  totalMs: number;
  rows: number;
}

/** Whether the server counts statements; resets the counts when it does. */
export async function resetStatements(pool: Pool): Promise<boolean> {
  try {
    await pool.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
    await pool.query('SELECT pg_stat_statements_reset()');
    return true;
  } catch {
    // not in shared_preload_libraries (an older data folder), or not a superuser: the bench goes on without it
    return false;
  }
}

/** The statements counted since the reset, most execution time first. */
export async function readStatements(pool: Pool, limit: number): Promise<{ statements: StatementFigure[]; calls: number; totalMs: number }> {
  const { rows } = await pool.query<{ database: string; query: string; calls: string; total_ms: number; rows: string }>(
    `SELECT d.datname AS database, s.query, s.calls::text AS calls, s.total_exec_time AS total_ms, s.rows::text AS rows
       FROM pg_stat_statements s JOIN pg_database d ON d.oid = s.dbid
      WHERE s.query NOT ILIKE '%pg_stat_statements%'
      ORDER BY s.total_exec_time DESC`,
  );
  const all = rows.map((r) => ({ database: r.database, query: r.query, calls: Number(r.calls), totalMs: r.total_ms, rows: Number(r.rows) }));
  return {
    statements: all.slice(0, limit),
    calls: all.reduce((sum, s) => sum + s.calls, 0),
    totalMs: all.reduce((sum, s) => sum + s.totalMs, 0),
  };
}

/** One line of SQL, without identifiers' quotes or the bench instance's prefix of schema names (`bench1a2b3c4d_events` reads `events`), cut to `width`. */
export function shortQuery(query: string, width = 110): string {
  const line = query
    .replace(/\s+/g, ' ')
    .replace(/"/g, '')
    .replace(/\bbench[0-9a-f]{8}_/g, '')
    .trim();
  return line.length > width ? `${line.slice(0, width - 1)}…` : line;
}

/** The table rows: per acknowledged case, each statement's calls and execution time. */
export function formatStatements(figures: { statements: StatementFigure[]; calls: number; totalMs: number }, cases: number): string[] {
  if (cases === 0) return [];
  const perCase = (n: number, digits: number) => (n / cases).toFixed(digits);
  return [
    '| database | statement | calls per case | execution ms per case | mean ms |',
    '|---|---|---|---|---|',
    ...figures.statements.map(
      (s) =>
        `| ${s.database} | \`${shortQuery(s.query).replace(/\|/g, '\\|')}\` | ${perCase(s.calls, 1)} | ${perCase(s.totalMs, 2)} | ${(s.totalMs / Math.max(1, s.calls)).toFixed(3)} |`,
    ),
    `| all | every statement | ${perCase(figures.calls, 1)} | ${perCase(figures.totalMs, 2)} | |`,
  ];
}
