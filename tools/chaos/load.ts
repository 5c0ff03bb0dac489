import { randomUUID } from 'node:crypto';
import { applicationBody } from '../../apps/platform-e2e/src/platform-under-test';

/** One application a client sent: its idempotency key, every answer it got, and its case once accepted (201). */
export interface Submission {
  key: string;
  statuses: number[];
  caseId?: string;
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs `work` over `items`, at most `width` at a time. */
export async function inBatches<T>(items: T[], width: number, work: (item: T) => Promise<void>): Promise<void> {
  const queue = [...items];
  await Promise.all(
    Array.from({ length: width }, async () => {
      for (let item = queue.shift(); item !== undefined; item = queue.shift()) await work(item);
    }),
  );
}

/**
 * A real client: a request refused for now (503, 429, 409 still in progress or a concurrent change, all
 * of which say to retry, or a connection error: the service is down) is sent again with the same
 * idempotency key after a jittered pause, until `deadline`.
 */
export async function submit(intakeUrl: () => string, token: () => Promise<string>, submission: Submission, body: unknown, deadline: number): Promise<void> {
  for (let attempt = 1; Date.now() < deadline; attempt += 1) {
    let status = 0;
    try {
      const response = await fetch(`${intakeUrl()}/applications`, {
        method: 'POST',
        headers: { authorization: `Bearer ${await token()}`, 'content-type': 'application/json', 'idempotency-key': submission.key },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(20_000),
      });
      status = response.status;
      const answer = (await response.json()) as { caseId?: string; code?: string };
      if (status === 201) {
        submission.caseId = answer.caseId;
        submission.statuses.push(status);
        return;
      }
      if (status === 409 && answer.code !== 'request-in-progress' && answer.code !== 'concurrent-change') throw new Error(`refused: ${JSON.stringify(answer)}`);
    } catch (error) {
      if ((error as Error).message.startsWith('refused')) throw error;
    }
    submission.statuses.push(status);
    if (status !== 0 && status !== 503 && status !== 409 && status !== 429) return;
    // Backs off like a real client (0.5 s doubling to 4 s, jittered), so retries do not storm.
    await sleep(Math.min(4_000, 500 * 2 ** (attempt - 1)) * (0.5 + Math.random()));
  }
}

export interface LoadOptions {
  /** Where intake answers; asked at each request (a restarted intake may answer elsewhere). */
  intakeUrl: () => string;
  /**
   * The i-th submission's officer token, asked at each attempt (so that a token that expired during a
   * long outage is replaced); several officers in turn, so the per-user rate limit is not what is measured.
   */
  token: (i: number) => Promise<string>;
  /** Submissions per second. */
  rate: number;
  /** How long a client keeps retrying one submission. */
  retryForMs: number;
  serviceId?: string;
  /** Stop after this many submissions (default: until stop()). */
  count?: number;
}

/**
 * Steady paced load: `rate` new applications a second, each sent by a client of its own that retries
 * until accepted (or its time is up). `stop()` ends the pacing; `settled()` waits for every client.
 */
export class PacedLoad {
  readonly submissions: Submission[] = [];
  private readonly clients: Promise<void>[] = [];
  private stopped = false;
  private readonly pacing: Promise<void>;

  constructor(private readonly options: LoadOptions) {
    this.pacing = this.run();
  }

  private async run(): Promise<void> {
    const started = Date.now();
    const interval = 1000 / this.options.rate;
    for (let i = 0; !this.stopped && i < (this.options.count ?? Number.POSITIVE_INFINITY); i += 1) {
      const due = started + i * interval;
      if (due > Date.now()) await sleep(due - Date.now());
      if (this.stopped) break;
      const submission: Submission = { key: randomUUID(), statuses: [] };
      this.submissions.push(submission);
      const body = applicationBody(this.options.serviceId ?? 'member-service', 'website');
      this.clients.push(submit(this.options.intakeUrl, () => this.options.token(i), submission, body, Date.now() + this.options.retryForMs));
    }
  }

  /** Ends the pacing (the clients already started go on retrying). */
  async stop(): Promise<void> {
    this.stopped = true;
    await this.pacing;
  }

  /** Waits for the pacing to end by itself (fixed form) or after stop(), then for every client. */
  async settled(): Promise<Submission[]> {
    await this.pacing;
    await Promise.all(this.clients);
    return this.submissions;
  }

  /** The submissions accepted (201): the acknowledged ones, which must reach every service exactly once. */
  get acknowledged(): Submission[] {
    return this.submissions.filter((s) => s.caseId !== undefined);
  }

  /** Every answer the clients got, counted by status (0 = no answer). */
  answers(): Record<number, number> {
    return this.submissions.flatMap((s) => s.statuses).reduce<Record<number, number>>((acc, s) => ({ ...acc, [s]: (acc[s] ?? 0) + 1 }), {});
  }
}
