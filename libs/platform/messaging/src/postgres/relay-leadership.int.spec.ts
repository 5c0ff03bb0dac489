import { PG_URL, runId, silentLogger, testPool } from '../testing/int-env';
import { RelayLeadership } from './relay-leadership';

/**
 * Two replicas of a service compete for its relay on the real PostgreSQL (docs/adr/0052): one relays at a
 * time; when the leader stops, or its session is killed, the other takes over within an interval.
 */
describe('RelayLeadership', () => {
  const admin = testPool();
  const name = `${runId()}.intake`;
  const INTERVAL = 200;
  const replicas: Array<{ leadership: RelayLeadership; relaying: boolean; starts: number }> = [];

  const replica = () => {
    const r = { leadership: new RelayLeadership({ connectionString: PG_URL, name, intervalMs: INTERVAL, logger: silentLogger }), relaying: false, starts: 0 };
    r.leadership.start(async () => {
      r.relaying = true;
      r.starts += 1;
      return async () => {
        r.relaying = false;
      };
    });
    replicas.push(r);
    return r;
  };
  const until = async (what: string, check: () => boolean, ms = 10_000) => {
    const deadline = Date.now() + ms;
    while (!check()) {
      if (Date.now() > deadline) throw new Error(`${what} not reached in ${ms} ms`);
      await new Promise((r) => setTimeout(r, 20));
    }
  };
  const relayingNow = () => replicas.filter((r) => r.relaying).length;

  afterAll(async () => {
    for (const r of replicas) {
      await r.leadership.stop();
    }
    await admin.end();
  });

  it('lets exactly one of two replicas relay, and hands over when the leader stops', async () => {
    const a = replica();
    const b = replica();
    await until('one leader', () => relayingNow() === 1);
    // it stays one over several intervals: the standby keeps asking and keeps being refused
    for (let i = 0; i < 10; i += 1) {
      await new Promise((r) => setTimeout(r, INTERVAL / 2));
      expect(relayingNow()).toBe(1);
    }
    const [leader, standby] = a.relaying ? [a, b] : [b, a];
    await leader.leadership.stop();
    expect(leader.relaying).toBe(false);
    await until('the standby leads', () => standby.relaying);
    expect(relayingNow()).toBe(1);
  });

  it('stops relaying when the session holding the lock is killed, and a standby takes over', async () => {
    const c = replica();
    const current = replicas.find((r) => r.relaying)!;
    expect(c.relaying).toBe(false);
    // kill the leader's lock-holding session, as a PostgreSQL restart or a network cut would
    const killed = await admin.query<{ done: boolean }>(
      `SELECT pg_terminate_backend(l.pid) AS done FROM pg_locks l
        WHERE l.locktype = 'advisory' AND l.granted AND l.objid = (hashtextextended($1, 0) & 4294967295)::oid`,
      [`athar.relay.${name}`],
    );
    expect(killed.rows).toEqual([{ done: true }]);
    await until('the old leader stops relaying', () => !current.relaying || current.starts > 1);
    await until('exactly one leader again', () => relayingNow() === 1);
    for (let i = 0; i < 5; i += 1) {
      await new Promise((r) => setTimeout(r, INTERVAL / 2));
      expect(relayingNow()).toBe(1);
    }
  });
});
