import { createHash } from 'node:crypto';
import { leadingZeroBits, mintStamp, NoChallenge, powBitsFromEnv, stampProblem, stampResource } from './challenge';

describe('the public link challenge hook', () => {
  it('by default asks nothing and lets every request through', async () => {
    const none = new NoChallenge();
    expect(none.describe()).toBeNull();
    await expect(none.verify()).resolves.toBeUndefined();
    expect(powBitsFromEnv({})).toBe(0);
    expect(powBitsFromEnv({ ATHAR_PUBLIC_POW_BITS: '20' })).toBe(20);
    for (const bad of ['-1', '29', 'x', '1.5']) expect(() => powBitsFromEnv({ ATHAR_PUBLIC_POW_BITS: bad })).toThrow(/ATHAR_PUBLIC_POW_BITS/);
  });

  it('counts leading zero bits', () => {
    expect(leadingZeroBits(Buffer.from([0x00, 0x00, 0xff]))).toBe(16);
    expect(leadingZeroBits(Buffer.from([0x00, 0x1f]))).toBe(11);
    expect(leadingZeroBits(Buffer.from([0x80]))).toBe(0);
  });

  it('hashcash: a minted stamp solves its resource at its difficulty; anything else says why not', () => {
    const now = Math.floor(Date.now() / 1000);
    const stamp = mintStamp(stampResource('awj'), 10, now);
    expect(leadingZeroBits(createHash('sha256').update(stamp).digest())).toBeGreaterThanOrEqual(10);
    expect(stampProblem(stamp, stampResource('awj'), 10, now, 600)).toBeNull();
    expect(stampProblem(stamp, stampResource('tuwaiq'), 10, now, 600)).toBe('wrong resource');
    expect(stampProblem(stamp, stampResource('awj'), 16, now, 600)).toBe('too easy');
    expect(stampProblem(stamp, stampResource('awj'), 10, now + 601, 600)).toBe('stale');
    expect(stampProblem(undefined, stampResource('awj'), 10, now, 600)).toBe('missing');
    expect(stampProblem('1:10:x', stampResource('awj'), 10, now, 600)).toBe('malformed');
    // The same claim with a counter that does not solve it.
    let counter = 0;
    const unsolved = () => stamp.replace(/:[^:]+$/, `:x${counter}`);
    while (leadingZeroBits(createHash('sha256').update(unsolved()).digest()) >= 10) counter += 1;
    expect(stampProblem(unsolved(), stampResource('awj'), 10, now, 600)).toBe('not solved');
  });
});
