import { RestartPolicy } from './restart-policy';

describe('RestartPolicy', () => {
  const options = { initialDelayMs: 1_000, maxDelayMs: 30_000, maxCrashes: 5, windowMs: 120_000 };

  it('waits 1 s, then doubles, and gives up at the fifth crash within two minutes', () => {
    const policy = new RestartPolicy(options);
    const decisions = [0, 1_000, 3_000, 7_000, 15_000].map((at) => policy.crashed(at));
    expect(decisions.map((d) => (d.action === 'restart' ? d.delayMs : 'give-up'))).toEqual([1_000, 2_000, 4_000, 8_000, 'give-up']);
  });

  it('caps the wait at 30 s', () => {
    const policy = new RestartPolicy({ ...options, maxCrashes: 100 });
    const last = [0, 1, 2, 3, 4, 5, 6, 7].map((i) => policy.crashed(i * 10)).pop();
    expect(last).toEqual({ action: 'restart', delayMs: 30_000, crashesInWindow: 8 });
  });

  it('forgets crashes older than the window: an occasional crash is always restarted quickly', () => {
    const policy = new RestartPolicy(options);
    for (let day = 0; day < 10; day += 1) {
      expect(policy.crashed(day * 86_400_000)).toEqual({ action: 'restart', delayMs: 1_000, crashesInWindow: 1 });
    }
  });
});
