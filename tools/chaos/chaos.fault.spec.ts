import { DRILLS, resultTable, runDrill, type DrillResult } from './drills';
import { ChaosPlatform } from './platform';

jest.setTimeout(900_000);

/**
 * The short form of `npm run chaos` (docs/runbook.md "Failure drills"), through the same code: on a
 * platform of private engines, kill -9 of intake (the service the clients talk to, and a Temporal worker),
 * a SIGSTOP stall of eligibility, and kill -9 of the Kafka broker, each under steady load. Every
 * acknowledged submission reaches every service exactly once, nothing is dead-lettered, lag returns to 0
 * and every chain verifies.
 */
describe('fault drills (short form of npm run chaos)', () => {
  let platform: ChaosPlatform;
  const results: DrillResult[] = [];

  beforeAll(async () => {
    platform = await ChaosPlatform.start((line) => console.log(line));
  });

  afterAll(async () => {
    if (results.length > 0) console.log(resultTable(results));
    await platform?.stop();
  });

  it.each(['kill-intake', 'stall-eligibility', 'kill-kafka'])('%s: nothing lost, nothing duplicated, nothing dead-lettered, lag back to 0', async (name) => {
    const drill = DRILLS.find((d) => d.name === name)!;
    const result = await runDrill(platform, drill, {
      rate: 2,
      stallSeconds: 8,
      beforeMs: 4_000,
      afterMs: 4_000,
      downMs: 2_000,
      log: (line) => console.log(line),
    });
    results.push(result);
    expect(result.acknowledged).toBeGreaterThan(0);
    expect({
      lost: result.lost,
      duplicated: result.duplicated,
      deadLettered: result.deadLettered,
      brokenChains: result.brokenChains,
      details: result.details,
    }).toEqual({
      lost: 0,
      duplicated: 0,
      deadLettered: 0,
      brokenChains: 0,
      details: [],
    });
    // The checks saw what they count: each consumer group's inbox rows, one SMS per case, the workflows.
    expect(result.counted.sms).toBe(result.acknowledged);
    expect(result.counted.inboxRows).toBeGreaterThanOrEqual(result.acknowledged);
    expect(result.counted.workflows).toBeGreaterThan(0);
    expect(result.passed).toBe(true);
    platform.passed = results.every((r) => r.passed);
  });
});
