import { createHash, randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import { HashcashChallenge, mintStamp, stampResource } from './challenge';
import { PublicLinkStore } from './public-link.store';

jest.setTimeout(30_000);

/** The public link's shared state on the real PostgreSQL: what two replicas see alike (docs/adr/0024). */
describe('PublicLinkStore on PostgreSQL', () => {
  const pool = new Pool({ connectionString: process.env.ATHAR_PG_URL ?? 'postgres://athar:athar@127.0.0.1:15432/athar' });
  const schema = `it_public_link_${randomUUID().slice(0, 8)}`;
  // Two replicas of intake, each with its own pool, on the same schema.
  const replicaPool = new Pool({ connectionString: process.env.ATHAR_PG_URL ?? 'postgres://athar:athar@127.0.0.1:15432/athar' });
  const one = new PublicLinkStore(pool, schema);
  const two = new PublicLinkStore(replicaPool, schema);

  beforeAll(async () => {
    await one.ensureSchema();
    await two.ensureSchema();
  });
  afterAll(async () => {
    await pool.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await Promise.all([pool.end(), replicaPool.end()]);
  });

  it('counts the hits of one key across replicas in one window, with the seconds left in it', async () => {
    const key = `address:awj:${randomUUID()}`;
    const limit = { max: 3, windowSeconds: 3600 };
    const counts = await Promise.all([one.hit(key, limit), two.hit(key, limit), one.hit(key, limit), two.hit(key, limit)]);
    expect(counts.map((c) => c.hits).sort()).toEqual([1, 2, 3, 4]);
    for (const { secondsLeft } of counts) expect(secondsLeft).toBeGreaterThan(0);
    for (const { secondsLeft } of counts) expect(secondsLeft).toBeLessThanOrEqual(3600);
    expect((await one.hit(`address:awj:${randomUUID()}`, limit)).hits).toBe(1); // another key counts alone
  });

  it('opens a new window at the first hit after the last one ended', async () => {
    const key = `mobile:awj:${randomUUID()}`;
    const limit = { max: 1, windowSeconds: 1 };
    expect((await one.hit(key, limit)).hits).toBe(1);
    expect((await two.hit(key, limit)).hits).toBe(2);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect(await two.hit(key, limit)).toEqual({ hits: 1, secondsLeft: 1 });
  });

  const pending = (tenantId = 'awj') => ({
    id: randomUUID(),
    tenantId,
    caseId: randomUUID(),
    mobileKey: 'm'.repeat(32),
    codeHash: createHash('sha256').update('right').digest('hex'),
    expiresAt: new Date(Date.now() + 600_000),
    sealed: { some: 'sealed' },
  });
  const wrong = createHash('sha256').update('wrong').digest('hex');

  it('hands a request over once for the right code, on whichever replica, and only in its tenant', async () => {
    const request = pending();
    await one.savePending(request);
    expect(await two.attempt('tuwaiq', request.id, request.codeHash, 5)).toEqual({ outcome: 'unknown' });
    expect(await two.attempt('awj', request.id, request.codeHash, 5)).toEqual({
      outcome: 'confirmed',
      caseId: request.caseId,
      mobileKey: request.mobileKey,
      sealed: { some: 'sealed' },
    });
    expect(await one.attempt('awj', request.id, request.codeHash, 5)).toEqual({ outcome: 'unknown' });
  });

  it('locks a request after five wrong codes, counted across replicas, even against the right one', async () => {
    const request = pending();
    await one.savePending(request);
    const outcomes = [];
    for (let i = 0; i < 5; i += 1) outcomes.push(await (i % 2 ? two : one).attempt('awj', request.id, wrong, 5));
    expect(outcomes).toEqual([
      { outcome: 'wrong', attemptsLeft: 4 },
      { outcome: 'wrong', attemptsLeft: 3 },
      { outcome: 'wrong', attemptsLeft: 2 },
      { outcome: 'wrong', attemptsLeft: 1 },
      { outcome: 'locked' },
    ]);
    expect(await two.attempt('awj', request.id, request.codeHash, 5)).toEqual({ outcome: 'locked' });
  });

  it('refuses an expired code and forgets the request', async () => {
    const request = { ...pending(), expiresAt: new Date(Date.now() - 1000) };
    await one.savePending(request);
    expect(await one.attempt('awj', request.id, request.codeHash, 5)).toEqual({ outcome: 'expired' });
    expect(await one.attempt('awj', request.id, request.codeHash, 5)).toEqual({ outcome: 'unknown' });
  });

  it('proof of work: a solved stamp passes once, on any replica; replays, other tenants, stale or unsolved stamps are refused (428)', async () => {
    const first = new HashcashChallenge(12, one);
    const second = new HashcashChallenge(12, two);
    expect(first.describe('awj')).toMatchObject({ kind: 'hashcash-sha256', bits: 12, resource: stampResource('awj') });
    const stamp = mintStamp(stampResource('awj'), 12);
    await expect(first.verify('awj', stamp)).resolves.toBeUndefined();
    await expect(second.verify('awj', stamp)).rejects.toMatchObject({ status: 428 });
    await expect(first.verify('tuwaiq', mintStamp(stampResource('awj'), 12))).rejects.toMatchObject({ status: 428 });
    await expect(first.verify('awj', mintStamp(stampResource('awj'), 12, Math.floor(Date.now() / 1000) - 3600))).rejects.toMatchObject({ status: 428 });
    await expect(first.verify('awj', mintStamp(stampResource('awj'), 4))).rejects.toMatchObject({ status: 428 });
    await expect(first.verify('awj', undefined)).rejects.toMatchObject({ status: 428 });
    // A stamp claiming 12 bits whose hash does not have them (the first counter whose hash starts with a set bit).
    let counter = 0;
    const forged = () => `1:12:${Math.floor(Date.now() / 1000)}:${stampResource('awj')}::abc:${counter}`;
    while (createHash('sha256').update(forged()).digest()[0] < 0x80) counter += 1;
    await expect(first.verify('awj', forged())).rejects.toMatchObject({ status: 428 });
  });

  describe('return grants of public-link drafts (docs/adr/0026)', () => {
    const hash = (tenantId: string, caseId: string, code: string) => createHash('sha256').update(`${tenantId}:${caseId}:${code}`).digest('hex');
    const grant = (
      tenantId: string,
      caseNumber: string,
      caseId: string,
      code: string,
      mobileKey = 'a'.repeat(32),
      expiresAt = new Date(Date.now() + 60_000),
    ) => ({
      tenantId,
      caseNumber,
      caseId,
      mobileKey,
      tokenHash: hash(tenantId, caseId, code),
      expiresAt,
    });

    it("opens a draft only with its own tenant's, its own case's, newest code, before it expires, and never after it is spent", async () => {
      const [caseA, caseB] = [randomUUID(), randomUUID()];
      await one.saveReturnGrant(grant('tuwaiq', 'TWQ-1447-000001', caseA, 'CODEA'));
      await one.saveReturnGrant(grant('tuwaiq', 'TWQ-1447-000002', caseB, 'CODEB'));
      const withCode = (tenantId: string, code: string) => (caseId: string) => hash(tenantId, caseId, code);
      // Its own code, seen alike by the other replica.
      expect(await two.redeemable('tuwaiq', 'TWQ-1447-000001', withCode('tuwaiq', 'CODEA'))).toMatchObject({ caseId: caseA, mobileKey: 'a'.repeat(32) });
      // B's valid code on A's case, A's code in another tenant, an unknown case number: nothing.
      expect(await two.redeemable('tuwaiq', 'TWQ-1447-000001', withCode('tuwaiq', 'CODEB'))).toBeNull();
      expect(await two.redeemable('awj', 'TWQ-1447-000001', withCode('awj', 'CODEA'))).toBeNull();
      expect(await two.redeemable('tuwaiq', 'TWQ-1447-000003', withCode('tuwaiq', 'CODEA'))).toBeNull();
      // A fresh code replaces the old one.
      await one.saveReturnGrant(grant('tuwaiq', 'TWQ-1447-000001', caseA, 'CODEA2'));
      expect(await two.redeemable('tuwaiq', 'TWQ-1447-000001', withCode('tuwaiq', 'CODEA'))).toBeNull();
      expect(await two.redeemable('tuwaiq', 'TWQ-1447-000001', withCode('tuwaiq', 'CODEA2'))).not.toBeNull();
      // Expired (database clock), then spent.
      await one.saveReturnGrant(grant('tuwaiq', 'TWQ-1447-000002', caseB, 'CODEB', 'a'.repeat(32), new Date(Date.now() - 1_000)));
      expect(await two.redeemable('tuwaiq', 'TWQ-1447-000002', withCode('tuwaiq', 'CODEB'))).toBeNull();
      await one.spendReturnGrant('tuwaiq', 'TWQ-1447-000001');
      expect(await two.redeemable('tuwaiq', 'TWQ-1447-000001', withCode('tuwaiq', 'CODEA2'))).toBeNull();
    });

    it('finds the case for a fresh code only with the mobile confirmed for it, and keeps no code in clear', async () => {
      const caseId = randomUUID();
      await one.saveReturnGrant(grant('awj', 'AWJ-1447-000009', caseId, 'SECRETCODE', 'b'.repeat(32)));
      expect(await two.returnCaseFor('awj', 'AWJ-1447-000009', 'b'.repeat(32))).toEqual({ caseId });
      expect(await two.returnCaseFor('awj', 'AWJ-1447-000009', 'c'.repeat(32))).toBeNull();
      expect(await two.returnCaseFor('tuwaiq', 'AWJ-1447-000009', 'b'.repeat(32))).toBeNull();
      // A grant may not be taken over by another case or mobile under the same number.
      await one.saveReturnGrant(grant('awj', 'AWJ-1447-000009', randomUUID(), 'OTHER', 'c'.repeat(32)));
      expect(await two.returnCaseFor('awj', 'AWJ-1447-000009', 'b'.repeat(32))).toEqual({ caseId });
      const { rows } = await pool.query(`SELECT * FROM "${schema}".return_grants WHERE case_number = 'AWJ-1447-000009'`);
      expect(JSON.stringify(rows)).not.toContain('SECRETCODE');
    });
  });
});
