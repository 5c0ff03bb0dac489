import { randomUUID } from 'node:crypto';
import { streamId, type ApplicationAcceptedV1, type EligibilityAssessedV1, type PendingEvent, type RecordedEvent } from '@athar/contracts';
import { PostgresEventStore } from '@athar/event-store';
import type { Principal } from '@athar/identity';
import { AggregateCommands, EventHandlers, EventWriter } from '@athar/service-kit';
import { OverrideEligibilityCommand } from '../assessments/override-eligibility/override-eligibility.command';
import { OverrideEligibilityHandler } from '../assessments/override-eligibility/override-eligibility.handler';
import { EligibilityPolicies } from '../assessments/policies/eligibility-policies';
import { assessmentStream, documentsStream } from '../eligibility-streams';
import { CloseVerificationOnDecisionReactor } from './close-on-decision/close-verification-on-decision.reactor';
import { RequestVerificationReactor } from './request-verification/request-verification.reactor';
import { VerifyDocumentCommand } from './verify-document/verify-document.command';
import { VerifyDocumentHandler } from './verify-document/verify-document.handler';

jest.setTimeout(60_000);

const tenantId = 'tuwaiq';
const officer = { userId: 'officer-1', tenantId, roles: ['services-officer'] } as Principal;
const researcher = { userId: 'researcher-1', tenantId, roles: ['social-researcher'] } as Principal;

/**
 * The eligibility service's commands and reactors on the one command path (AggregateCommands), on the
 * real event store: a redelivered cause records nothing twice, and each decider sees the stream's state.
 */
describe('eligibility writes go through the one command path (Tuwaiq 6-2, 6-3)', () => {
  const schema = `it_elig_cmd_${randomUUID().slice(0, 8)}`;
  const store = new PostgresEventStore({ connectionString: process.env.ATHAR_PG_URL ?? 'postgres://athar:athar@127.0.0.1:15432/athar', schema });
  const writer = new EventWriter(store, 'eligibility');
  const intake = new EventWriter(store, 'intake');
  const commands = new AggregateCommands(writer);
  const handlers = new EventHandlers();
  const verify = new VerifyDocumentHandler(commands);
  const override = new OverrideEligibilityHandler(commands);

  beforeAll(async () => {
    await store.ensureSchema();
    new RequestVerificationReactor(handlers, commands, new EligibilityPolicies()).onModuleInit();
    new CloseVerificationOnDecisionReactor(handlers, commands).onModuleInit();
  });
  afterAll(async () => {
    await store.dropSchema();
    await store.close();
  });

  /** Records an other service's fact and returns it as the consumer would deliver it. */
  async function upstream(stream: string, event: PendingEvent): Promise<RecordedEvent> {
    await intake.append(stream, tenantId, { kind: 'request', principal: officer, channel: 'system' }, [event], 'any');
    const history = await store.readStream(stream);
    return history[history.length - 1];
  }
  const types = async (caseId: string) => (await store.readStream(documentsStream(tenantId, caseId))).map((e) => e.type);
  const attach = (caseId: string, documentId: string) =>
    upstream(streamId('intake', 'application', tenantId, caseId), {
      type: 'DocumentAttached',
      version: 1,
      data: {
        caseId,
        documentId,
        documentType: 'national-id',
        contentType: 'application/pdf',
        size: 10,
        sha256: 'x',
        fileName: 'id.pdf',
        attachedAt: new Date().toISOString(),
      },
    });

  it('a redelivered attachment opens no second task, even after the first was verified', async () => {
    const caseId = randomUUID();
    const attached = await attach(caseId, 'd1');
    await handlers.dispatch(attached);
    const verified = await verify.execute(new VerifyDocumentCommand(officer, caseId, 'd1', { decision: 'verified', method: 'government-platform' }));
    expect(verified).toMatchObject({ documentId: 'd1', verifiedBy: 'officer-1', role: 'services-officer' });
    await handlers.dispatch(attached);
    expect(await types(caseId)).toEqual(['DocumentVerificationRequested', 'DocumentVerified']);
    await expect(
      verify.execute(new VerifyDocumentCommand(officer, caseId, 'd1', { decision: 'verified', method: 'government-platform' })),
    ).rejects.toMatchObject({ code: 'document-not-awaiting-verification' });
  });

  it('verifying a document of a case with no documents is a 404, and writes nothing', async () => {
    const caseId = randomUUID();
    await expect(
      verify.execute(new VerifyDocumentCommand(officer, caseId, 'd1', { decision: 'verified', method: 'government-platform' })),
    ).rejects.toMatchObject({ code: 'document-not-found', kind: 'not-found' });
    await expect(store.readStream(documentsStream(tenantId, caseId))).rejects.toThrow();
  });

  it("the committee's decision closes the open tasks once; a redelivered decision closes nothing more", async () => {
    const caseId = randomUUID();
    await handlers.dispatch(await attach(caseId, 'd1'));
    const decided = await upstream(streamId('committee-review', 'review', tenantId, caseId), {
      type: 'ApplicationAccepted',
      version: 1,
      data: { caseId, committeeId: 'c1', round: 1, decidedAt: new Date().toISOString(), tally: {}, reasons: [] } as unknown as ApplicationAcceptedV1,
    });
    await handlers.dispatch(decided);
    // Documents attached after the decision: their tasks stay open on a redelivered decision (more of
    // them than the decision closed, so derived event ids alone would not make the redelivery a no-op).
    await handlers.dispatch(await attach(caseId, 'd2'));
    await handlers.dispatch(await attach(caseId, 'd3'));
    await handlers.dispatch(decided);
    expect(await types(caseId)).toEqual([
      'DocumentVerificationRequested',
      'DocumentVerificationClosed',
      'DocumentVerificationRequested',
      'DocumentVerificationRequested',
    ]);
  });

  it('an override folds the assessment stream: refused before assessment, recorded once, refused when it changes nothing', async () => {
    const caseId = randomUUID();
    const request = new OverrideEligibilityCommand(researcher, caseId, { to: 'eligible', reason: 'شهادة الضمان سارية بعد الزيارة' });
    await expect(override.execute(request)).rejects.toMatchObject({ code: 'case-not-assessed', kind: 'not-found' });
    const assessed = {
      caseId,
      serviceId: 'training',
      outcome: 'not-eligible',
      submittedAt: '2026-11-01T00:00:00Z',
      reviewWindow: { days: 14, counting: 'calendar' },
    } as unknown as EligibilityAssessedV1;
    await writer.append(
      assessmentStream(tenantId, caseId),
      tenantId,
      { kind: 'request', principal: researcher, channel: 'system' },
      [{ type: 'EligibilityAssessed', version: 1, data: assessed }],
      'no_stream',
    );
    expect(await override.execute(request)).toMatchObject({ from: 'not-eligible', to: 'eligible', overriddenBy: 'researcher-1', serviceId: 'training' });
    await expect(override.execute(request)).rejects.toMatchObject({ code: 'override-changes-nothing' });
    expect((await store.readStream(assessmentStream(tenantId, caseId))).map((e) => e.type)).toEqual(['EligibilityAssessed', 'EligibilityOverridden']);
  });
});
