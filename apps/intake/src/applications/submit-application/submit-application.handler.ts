import { randomUUID } from 'node:crypto';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { streamId, type ApplicationDraftedV2, type RecordedEventOf } from '@athar/contracts';
import {
  acceptProgrammeTerms,
  formatCaseNumber,
  hijriYear,
  isComplete,
  registerOpenRequest,
  signDeclaration,
  submitApplication,
  validateApplicant,
  type OpenRequestEvent,
} from '@athar/domain-intake';
import type { Principal } from '@athar/identity';
import { derivedRecordId, EventWriter, requestContext, type Cause, type PendingEvent } from '@athar/service-kit';
import { TenantRegistry, type TenantPolicy } from '@athar/tenancy';
import { PersonKeys } from './person-keys';
import { SubmitApplicationCommand } from './submit-application.command';
import type { ApplicationReceiptDto } from './submit-application.dto';
import { serviceChecklist } from '../requirements';
import { draftReceipt, submittedReceipt } from './receipts';

/** A registration whose application never got written (a crash in between) stops blocking after this. */
const ABANDONED_AFTER_MS = 2 * 60 * 1000;

/**
 * Everything a request is checked against before anything is drawn or registered (the policy, the
 * applicant's fields, the declaration when the request is complete, the programme terms' consent):
 * a request that would be refused costs nothing. The public link runs it before sending a code too.
 */
export function checkApplication(
  policy: TenantPolicy,
  principal: Principal,
  request: SubmitApplicationCommand['request'],
  client: SubmitApplicationCommand['client'],
  termsConsent: SubmitApplicationCommand['termsConsent'],
  caseId: string,
  now: Date,
) {
  const terms = {
    policyVersion: policy.policyVersion,
    channels: policy.channels,
    services: policy.services,
    reviewWindow: policy.reviewWindow,
    holidays: policy.committeeReview.holidays,
  };
  const applicant = validateApplicant(request.applicant, now);
  const items = serviceChecklist(policy, request.serviceId, applicant, []);
  const command = { caseId, caseNumber: '', servedBeforeElsewhere: false, serviceId: request.serviceId, channel: request.channel, applicant };
  submitApplication(command, terms, now); // refuses a channel, service or contact (docs/adr/0025) it cannot take, drafts too
  const declaration = isComplete(items)
    ? signDeclaration(request.declaration, {
        caseId,
        channel: request.channel,
        applicantFullName: applicant.fullName,
        currentVersion: policy.declaration.version,
        staffId: principal.roles.includes('applicant') ? null : principal.userId,
        client,
        now,
      })
    : null;
  const consent = termsConsent ? acceptProgrammeTerms(termsConsent, policy.programmeTerms.version, caseId, client, now) : null;
  return { terms, applicant, items, command, declaration, consent };
}

@CommandHandler(SubmitApplicationCommand)
export class SubmitApplicationHandler implements ICommandHandler<SubmitApplicationCommand, ApplicationReceiptDto> {
  constructor(
    private readonly tenants: TenantRegistry,
    private readonly writer: EventWriter,
    private readonly keys: PersonKeys,
  ) {}

  async execute({ principal, request, client, termsConsent, caseId: drawnCaseId }: SubmitApplicationCommand): Promise<ApplicationReceiptDto> {
    const policy = this.tenants.get(principal.tenantId);
    const tenantId = principal.tenantId;
    // A retry of this request (same Idempotency-Key) gets the same case id and event ids, so one cut
    // short by an engine going away finishes its case instead of opening a second (docs/adr/0019).
    const retryKey = requestContext.current()?.retryKey;
    const cause: Cause = { kind: 'request', principal, channel: request.channel, retryKey };
    const now = new Date();
    const caseId = drawnCaseId ?? (retryKey ? derivedRecordId(retryKey, 'intake:case-id') : randomUUID());
    const { terms, applicant, items, command, declaration, consent } = checkApplication(policy, principal, request, client, termsConsent, caseId, now);

    const personKey = this.keys.person(applicant.nationalId);
    const openStream = streamId('intake', 'open-request', tenantId, `${personKey}.${request.serviceId}`);
    // This very case's registration (written by an earlier try of this request) does not block it.
    const abandoned = new Set([...(await this.abandonedRegistrations(openStream, tenantId)), caseId]);
    registerOpenRequest(stillOpen((await this.writer.load<'OpenRequestRegistered'>(openStream)).history, abandoned), 'probe', 'probe');
    const caseNumber = await this.drawCaseNumber(policy, caseId, cause, now);
    await this.writer.decideAndAppend<'OpenRequestRegistered'>(openStream, tenantId, cause, (history) => {
      const registered = registerOpenRequest(stillOpen(history, abandoned), caseId, caseNumber);
      return [{ type: registered.type, version: 1, data: registered.data }];
    });
    const servedBeforeElsewhere = await this.noteServedPerson(personKey, tenantId, cause);
    const stream = streamId('intake', 'application', tenantId, caseId);
    const consentEvents: PendingEvent<'ProgrammeTermsAccepted'>[] = consent ? [{ type: 'ProgrammeTermsAccepted', version: 1, data: consent }] : [];

    if (!declaration) {
      // Incomplete: kept as a draft with its checklist; registration completes on submit.
      const drafted: ApplicationDraftedV2 = {
        caseId,
        caseNumber,
        servedBeforeElsewhere,
        serviceId: request.serviceId,
        channel: request.channel,
        applicant,
        policyVersion: policy.policyVersion,
        draftedAt: now.toISOString(),
      };
      await this.writer.append(stream, tenantId, cause, [...consentEvents, { type: 'ApplicationDrafted', version: 2, data: drafted }], 'no_stream');
      return draftReceipt(caseId, caseNumber, items);
    }
    const submitted = submitApplication({ ...command, caseNumber, servedBeforeElsewhere }, terms, now);
    await this.writer.append(
      stream,
      tenantId,
      cause,
      [...consentEvents, { type: 'DeclarationSigned', version: 1, data: declaration }, { type: 'ApplicationSubmitted', version: 2, data: submitted }],
      'no_stream',
    );
    return submittedReceipt(submitted);
  }

  /**
   * Registrations whose application was never written (a crash between the two appends) and that are
   * old enough not to be a request still in flight: they must not block the person for good.
   */
  private async abandonedRegistrations(openStream: string, tenantId: string): Promise<Set<string>> {
    const { history } = await this.writer.load<'OpenRequestRegistered'>(openStream);
    const last = history[history.length - 1];
    if (last?.type !== 'OpenRequestRegistered' || Date.now() - Date.parse(last.occurredAt) < ABANDONED_AFTER_MS) return new Set();
    const caseId = last.data.caseId;
    const application = await this.writer.load(streamId('intake', 'application', tenantId, caseId));
    return application.history.length === 0 ? new Set([caseId]) : new Set();
  }

  private async drawCaseNumber(policy: TenantPolicy, caseId: string, cause: Cause, now: Date): Promise<string> {
    const year = hijriYear(now);
    let caseNumber = '';
    await this.writer.decideAndAppend<'CaseNumberAssigned'>(
      streamId('intake', 'case-numbers', policy.tenantId, String(year)),
      policy.tenantId,
      cause,
      (history) => {
        // An earlier try of this request drew a number already: keep it.
        const drawn = history.find((e) => e.data.caseId === caseId);
        if (drawn) {
          caseNumber = drawn.data.caseNumber;
          return [];
        }
        const sequence = history.length + 1;
        caseNumber = formatCaseNumber(policy.caseNumberPrefix, year, sequence);
        return [{ type: 'CaseNumberAssigned', version: 1, data: { caseId, caseNumber, sequence } }];
      },
      10,
    );
    return caseNumber;
  }

  /** Records that this tenant serves the person; tells whether another tenant did before (not which). */
  private async noteServedPerson(personKey: string, tenantId: string, cause: Cause): Promise<boolean> {
    const mine = this.keys.tenant(tenantId);
    let elsewhere = false;
    await this.writer.decideAndAppend<'PersonSeenByTenant'>(streamId('intake', 'person-registry', 'platform', personKey), 'platform', cause, (history) => {
      const seenBy = history.map((e) => e.data.tenantKey);
      elsewhere = seenBy.some((key) => key !== mine);
      return seenBy.includes(mine) ? [] : [{ type: 'PersonSeenByTenant', version: 1, data: { tenantKey: mine } }];
    });
    return elsewhere;
  }
}

/** The open-request history as the decider should see it: abandoned registrations left out. */
function stillOpen(history: RecordedEventOf<'OpenRequestRegistered'>[], abandoned: ReadonlySet<string>): OpenRequestEvent[] {
  return history.filter((event) => !abandoned.has(event.data.caseId));
}
