import { Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { Mutex } from 'async-mutex';
import { streamId } from '@athar/contracts';
import { formatCaseNumber, hijriYear } from '@athar/domain-intake';
import { createEventStoreFromEnv, WrongExpectedRevisionError, type EventStore } from '@athar/event-store';
import type { PersonalDataProtector } from '@athar/personal-data';
import { EventWriter, type Aggregate, type Cause } from '@athar/service-kit';
import type { TenantPolicy } from '@athar/tenancy';

/**
 * The tenant's counter for a year: the last number drawn, which the latest event carries whole, so a
 * draw reads one event however many cases the year has (docs/adr/0055).
 */
const caseNumberCounter: Aggregate<number, 'CaseNumberAssigned'> = { initialState: 0, evolve: (_, e) => e.data.sequence };

/** Connections of the counter's own store: one draw at a time per process needs one, and one spare. */
const COUNTER_CONNECTIONS = 2;

/**
 * Draws case numbers (common step 5: a number per tenant and Hijri year, told to the applicant) from
 * `intake/case-numbers/<tenant>/<year>`, one `CaseNumberAssigned` per number, naming its case.
 *
 * This process draws from a counter one request at a time: its concurrent submissions would otherwise
 * all race for the same revision, and under load enough of them lose ten times in a row to be refused.
 * Draws wait for each other, so a draw must never wait for anything else: the counter writes through
 * a store of its own connections, never queued behind the service's other reads and appends (docs/adr/0055).
 * Replicas race on the counter's revision, and the loser draws again on the fresh count.
 */
@Injectable()
export class CaseNumberCounter implements OnApplicationShutdown {
  private readonly turns = new Map<string, Mutex>();

  constructor(
    private readonly writer: EventWriter,
    /** The store this counter owns and closes at shutdown (none when it writes through a shared one). */
    private readonly owned: EventStore | null = null,
  ) {}

  /** The counter of a running service: the configured store, with connections of its own. */
  static async fromEnv(personalData: PersonalDataProtector): Promise<CaseNumberCounter> {
    const store = await createEventStoreFromEnv(process.env, { connections: COUNTER_CONNECTIONS });
    return new CaseNumberCounter(new EventWriter(store, 'intake', personalData), store);
  }

  /**
   * The case's number: the next of the tenant's year, or the one this case drew before. The draw's event
   * id is derived from the case id, so a retry whose earlier try drew a number and died before its open
   * request held it appends an event the store already holds: the store writes nothing and answers the
   * stream's head instead of the new revision, and the number is then read back from the counter. A
   * case therefore holds one number, however often its request is retried.
   */
  async draw(policy: TenantPolicy, caseId: string, cause: Cause, now: Date): Promise<string> {
    const year = hijriYear(now);
    const counter = streamId('intake', 'case-numbers', policy.tenantId, String(year));
    let turn = this.turns.get(counter);
    if (!turn) this.turns.set(counter, (turn = new Mutex()));
    const drawCause: Cause = cause.kind === 'request' ? { ...cause, retryKey: `case-number:${caseId}` } : cause;
    return turn.runExclusive(async () => {
      for (let attempt = 1; ; attempt += 1) {
        const { history, revision } = await this.writer.load<'CaseNumberAssigned'>(counter, { lastOnly: true });
        const sequence = history.reduce(caseNumberCounter.evolve, caseNumberCounter.initialState) + 1;
        const caseNumber = formatCaseNumber(policy.caseNumberPrefix, year, sequence);
        try {
          const appended = await this.writer.append(
            counter,
            policy.tenantId,
            drawCause,
            [{ type: 'CaseNumberAssigned', version: 1, data: { caseId, caseNumber, sequence } }],
            revision,
            now,
          );
          const written = appended.nextExpectedRevision === (revision === 'no_stream' ? 0 : revision + 1);
          return written ? caseNumber : await this.drawnBefore(counter, caseId);
        } catch (error) {
          if (!(error instanceof WrongExpectedRevisionError) || attempt >= 10) throw error;
        }
      }
    });
  }

  /** The number this case drew on an earlier try: its event, found from the counter's end backwards. */
  private async drawnBefore(counter: string, caseId: string): Promise<string> {
    for (let from: number | undefined; ;) {
      const page = await this.writer.readBackwards<'CaseNumberAssigned'>(counter, from, 500);
      const mine = page.find((e) => e.data.caseId === caseId);
      if (mine) return mine.data.caseNumber;
      if (page.length < 500) throw new Error(`${counter}: the store holds this case's draw, but no event names case ${caseId}`);
      from = page[page.length - 1].revision - 1;
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await this.owned?.close();
  }
}
