import { formatStatements, shortQuery } from './pg-statements';

describe("the bench's statement table", () => {
  it('reads a statement on one line, without quotes or the bench instance prefix, cut to its width', () => {
    const sql = 'INSERT INTO "bench1a2b3c4d_messaging".inbox (consumer_group, event_id)\n   VALUES ($1, $2)';
    expect(shortQuery(sql)).toBe('INSERT INTO messaging.inbox (consumer_group, event_id) VALUES ($1, $2)');
    expect(shortQuery('SELECT 1 FROM athar_events.events', 12)).toBe('SELECT 1 FR…');
  });

  it('divides calls and execution time by the acknowledged cases, and escapes the pipe of SQL in the table', () => {
    const rows = formatStatements(
      {
        statements: [{ database: 'athar', query: 'SELECT a || b FROM t', calls: 300, totalMs: 150, rows: 300 }],
        calls: 500,
        totalMs: 200,
      },
      100,
    );
    expect(rows[2]).toBe('| athar | `SELECT a \\|\\| b FROM t` | 3.0 | 1.50 | 0.500 |');
    expect(rows[3]).toBe('| all | every statement | 5.0 | 2.00 | |');
  });

  it('prints nothing when no case was acknowledged', () => {
    expect(formatStatements({ statements: [], calls: 0, totalMs: 0 }, 0)).toEqual([]);
  });
});
