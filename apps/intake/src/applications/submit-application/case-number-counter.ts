import { Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { Mutex } from 'async-mutex';
import { streamId } from '@athar/contracts';
import { formatCaseNumber, hijriYear } from '@athar/domain-intake';
import { createEventStoreFromEnv, type EventStore } from '@athar/event-store';
import type { PersonalDataProtector } from '@athar/personal-data';
import { AggregateCommands, EventWriter, type Aggregate, type Cause } from '@athar/service-kit';
import type { TenantPolicy } from '@athar/tenancy';

/**
 * The tenant's counter for a year: the last number drawn, which the latest event carries whole, so a
 * draw reads one event however many cases the year has (docs/adr/0055).
 */
const caseNumberCounter: Aggregate<number, 'CaseNumberAssigned'> = { initialState: 0, evolve: (_, e) => e.data.sequence, lastEventOnly: true };

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
    private readonly commands: AggregateCommands,
    /** The store this counter owns and closes at shutdown (none when it writes through a shared one). */
    private readonly owned: EventStore | null = null,
  ) {}

  /** The counter of a running service: the configured store, with connections of its own. */
  static async fromEnv(personalData: PersonalDataProtector): Promise<CaseNumberCounter> {
    const store = await createEventStoreFromEnv(process.env, { connections: COUNTER_CONNECTIONS });
    return new CaseNumberCounter(new AggregateCommands(new EventWriter(store, 'intake', personalData)), store);
  }

  /**
   * The next number of the tenant's year. The event id is never derived from the request's retry key:
   * a retry's draw is a new number at a new revision, which a derived id would make the store skip as
   * already written, answering a number no event holds.
   */
  async draw(policy: TenantPolicy, caseId: string, cause: Cause, now: Date): Promise<string> {
    const year = hijriYear(now);
    const counter = streamId('intake', 'case-numbers', policy.tenantId, String(year));
    let turn = this.turns.get(counter);
    if (!turn) this.turns.set(counter, (turn = new Mutex()));
    return turn.runExclusive(async () => {
      const { result } = await this.commands.handle(caseNumberCounter, {
        streamId: counter,
        tenantId: policy.tenantId,
        cause: cause.kind === 'request' ? { ...cause, retryKey: undefined } : cause,
        attempts: 10,
        now,
        decide: (last) => {
          const caseNumber = formatCaseNumber(policy.caseNumberPrefix, year, last + 1);
          return { events: [{ type: 'CaseNumberAssigned', version: 1, data: { caseId, caseNumber, sequence: last + 1 } }], result: caseNumber };
        },
      });
      return result;
    });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.owned?.close();
  }
}
