import { Injectable } from '@nestjs/common';
import { streamId } from '@athar/contracts';
import {
  claimOpenRequest,
  duplicateOpenRequest,
  evolveOpenRequest,
  initialOpenRequest,
  type ApplicationFact,
  type ApplicationState,
  type ApplicationStreamEvent,
  type OpenRequest,
  type OpenRequestState,
  type Submission,
} from '@athar/domain-intake';
import { AggregateCommands, EventWriter, facts, type Aggregate, type Cause } from '@athar/service-kit';
import type { TenantPolicy } from '@athar/tenancy';
import { applicationAggregate, applicationStream } from '../application-state';
import { CaseNumberCounter } from './case-number-counter';
import { PersonKeys } from './person-keys';

/** Who a registration is for: the tenant, the person (as a keyed hash, docs/adr/0008) and the service. */
export interface Registrant {
  tenantId: string;
  personKey: string;
  serviceId: string;
}

const openRequestStream = (r: Registrant): string => streamId('intake', 'open-request', r.tenantId, `${r.personKey}.${r.serviceId}`);
const openRequestAggregate: Aggregate<OpenRequestState, 'OpenRequestRegistered'> = { initialState: initialOpenRequest, evolve: evolveOpenRequest };

const registryAggregate: Aggregate<readonly string[], 'PersonSeenByTenant'> = { initialState: [], evolve: (seen, e) => [...seen, e.data.tenantKey] };

/**
 * Registering a case (docs/architecture.md, "Registering a case"; common step 6; docs/adr/0008): five
 * appends on five streams, which no store transaction spans. Each step is idempotent for its case id,
 * so the process either completes (the same request runs again: an Idempotency-Key retry derives the
 * same case id, docs/adr/0019; a public-link confirmation carries its case id) or is compensated by the
 * next request of the same person and service, which takes the dead registration over. No clock decides.
 *
 * If the process dies after
 * 1. `drawNumber`: the number stays drawn for the case id. A retry finds that draw and keeps the
 *    number (`CaseNumberCounter`); otherwise it is skipped, never reused (a gap in the sequence, as for
 *    any refused request). From step 3 on, the open request holds the number (docs/adr/0055).
 * 2. `takeOver`: the dead case's application stream is closed (`CaseRegistrationAbandoned` at
 *    no_stream, so the dead request can never write it later). The next request sees it closed and
 *    claims the open request; a retry of this one does the same.
 * 3. `claim`: the person's open request names this case, whose application is not written. A retry
 *    finishes the case. Another request of the person for the service finds the application missing,
 *    takes the registration over (step 2) and registers itself; if the first request was in fact still
 *    running, its application append then finds the stream closed and it is refused as a duplicate:
 *    exactly one of the two becomes a case.
 * 4. `notePerson`: the registry already says this tenant served the person (true from now on anyway).
 * 5. `writeApplication`: the case exists; a retry answers the same receipt and writes nothing.
 */
@Injectable()
export class CaseRegistration {
  constructor(
    private readonly commands: AggregateCommands,
    private readonly writer: EventWriter,
    private readonly keys: PersonKeys,
    private readonly counter: CaseNumberCounter,
  ) {}

  registrant(tenantId: string, nationalId: string, serviceId: string): Registrant {
    return { tenantId, personKey: this.keys.person(nationalId), serviceId };
  }

  /** The person's open request for the service, and whether its case was written (what `prepareSubmission` weighs). */
  async openRequest(registrant: Registrant): Promise<OpenRequest> {
    const { history } = await this.writer.load<'OpenRequestRegistered'>(openRequestStream(registrant));
    const open = history.reduce(openRequestAggregate.evolve, openRequestAggregate.initialState);
    if (!open) return null;
    const { history: application } = await this.writer.load<ApplicationStreamEvent['type']>(applicationStream(registrant.tenantId, open.caseId));
    const state = application.reduce(applicationAggregate.evolve, applicationAggregate.initialState);
    return { ...open, application: state.abandoned ? 'abandoned' : state.status === 'none' ? 'missing' : 'written' };
  }

  /** Every step in order; answers the case number and the application's state. */
  async register(policy: TenantPolicy, r: Registrant, caseId: string, submission: Submission, open: OpenRequest, cause: Cause, now: Date) {
    // A retry of a case whose open request was claimed (step 3) keeps the number the claim holds.
    const caseNumber = open?.caseId === caseId ? open.caseNumber : await this.drawNumber(policy, caseId, cause, now);
    if (submission.takesOver && !submission.takesOver.closed) await this.takeOver(r, submission.takesOver, caseId, cause);
    await this.claim(r, caseId, caseNumber, submission.takesOver?.caseId ?? null, cause);
    const servedBeforeElsewhere = await this.notePerson(r, cause);
    return { caseNumber, state: await this.writeApplication(r.tenantId, caseId, submission.facts(caseNumber, servedBeforeElsewhere), cause) };
  }

  /** 1. The next number of the tenant's year (`CaseNumberCounter`, docs/adr/0055). */
  drawNumber(policy: TenantPolicy, caseId: string, cause: Cause, now: Date): Promise<string> {
    return this.counter.draw(policy, caseId, cause, now);
  }

  /** 2. Closes a dead registration's application stream, unless its case got written meanwhile (then this request is the duplicate). */
  async takeOver(r: Registrant, dead: { caseId: string; caseNumber: string }, caseId: string, cause: Cause): Promise<void> {
    await this.commands.handle(applicationAggregate, {
      streamId: applicationStream(r.tenantId, dead.caseId),
      tenantId: r.tenantId,
      cause,
      decide: (state) => {
        if (state.abandoned) return facts<'CaseRegistrationAbandoned'>();
        if (state.status !== 'none') throw duplicateOpenRequest(dead.caseNumber);
        return facts({ type: 'CaseRegistrationAbandoned', version: 1, data: { caseId: dead.caseId, caseNumber: dead.caseNumber, supersededBy: caseId } });
      },
    });
  }

  /** 3. The person's one open request for the service (docs/adr/0008): race-safe through the stream's revision. */
  async claim(r: Registrant, caseId: string, caseNumber: string, takenOver: string | null, cause: Cause): Promise<void> {
    await this.commands.handle(openRequestAggregate, {
      streamId: openRequestStream(r),
      tenantId: r.tenantId,
      cause,
      decide: (open) => facts(...claimOpenRequest(open, caseId, caseNumber, takenOver).map((e) => ({ ...e, version: 1 }))),
    });
  }

  /** 4. Records that this tenant serves the person; tells whether another tenant did before (not which). */
  async notePerson(r: Registrant, cause: Cause): Promise<boolean> {
    const mine = this.keys.tenant(r.tenantId);
    const { result } = await this.commands.handle(registryAggregate, {
      streamId: streamId('intake', 'person-registry', 'platform', r.personKey),
      tenantId: 'platform',
      cause,
      decide: (seenBy) => ({
        events: seenBy.includes(mine) ? [] : [{ type: 'PersonSeenByTenant' as const, version: 1, data: { tenantKey: mine } }],
        result: seenBy.some((key) => key !== mine),
      }),
    });
    return result;
  }

  /** 5. The application's facts at no_stream; a retry finds them written. A stream closed by a take-over refuses them. */
  async writeApplication(tenantId: string, caseId: string, applicationFacts: ApplicationFact[], cause: Cause): Promise<ApplicationState> {
    const { state } = await this.commands.handle(applicationAggregate, {
      streamId: applicationStream(tenantId, caseId),
      tenantId,
      cause,
      decide: (current) => {
        if (current.abandoned) throw duplicateOpenRequest(null);
        return current.status === 'none' ? facts(...applicationFacts) : facts<ApplicationFact['type']>();
      },
    });
    return state;
  }
}
