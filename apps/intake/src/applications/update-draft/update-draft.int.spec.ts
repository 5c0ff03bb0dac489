import { randomUUID } from 'node:crypto';
import { DomainError, type ApplicationDraftedV2 } from '@athar/contracts';
import { PostgresEventStore, WrongExpectedRevisionError } from '@athar/event-store';
import type { Principal } from '@athar/identity';
import { AggregateCommands, EventWriter } from '@athar/service-kit';
import { loadTenantPolicies, TenantRegistry } from '@athar/tenancy';
import { applicationStream } from '../application-state';
import { UpdateDraftCommand } from './update-draft.command';
import type { UpdateDraftDto } from './update-draft.dto';
import { UpdateDraftHandler } from './update-draft.handler';

jest.setTimeout(60_000);
const url = process.env.ATHAR_PG_URL ?? 'postgres://athar:athar@127.0.0.1:15432/athar';

/** Completing a draft on the real event store, through the one command path (AggregateCommands). */
describe('UpdateDraftHandler: a draft completed by its owner, at the revision they saw', () => {
  const store = new PostgresEventStore({ connectionString: url, schema: `it_upd_${randomUUID().slice(0, 8)}` });
  const writer = new EventWriter(store, 'intake');
  const handler = new UpdateDraftHandler(new AggregateCommands(writer), new TenantRegistry(loadTenantPolicies()));
  const owner: Principal = { userId: 'public:owner', tenantId: 'tuwaiq', roles: ['applicant'] };
  const stranger: Principal = { userId: 'public:stranger', tenantId: 'tuwaiq', roles: ['applicant'] };
  const officer: Principal = { userId: 'officer-1', tenantId: 'tuwaiq', roles: ['relations-officer'] } as Principal;
  const patch = { applicant: { birthDate: { calendar: 'gregorian', date: '1995-03-01' } } } as unknown as UpdateDraftDto;

  /** A draft opened by `owner` through the link: revision 0. */
  async function draft(): Promise<string> {
    const caseId = randomUUID();
    const data: ApplicationDraftedV2 = {
      caseId,
      caseNumber: 'TWQ-1448-000001',
      servedBeforeElsewhere: false,
      serviceId: 'job-seeker-training',
      channel: 'website',
      applicant: { fullName: 'سارة عبدالله العتيبي', nationalId: '1000000008', idKind: 'national-id', mobile: '+966512345678', preferredChannel: 'sms' },
      policyVersion: 1,
      draftedAt: new Date().toISOString(),
    };
    await writer.append(applicationStream('tuwaiq', caseId), 'tuwaiq', { kind: 'request', principal: owner, channel: 'website' }, [
      { type: 'ApplicationDrafted', version: 2, data },
    ], 'no_stream');
    return caseId;
  }
  const history = async (caseId: string) => (await writer.load(applicationStream('tuwaiq', caseId))).history;

  beforeAll(() => store.ensureSchema());
  afterAll(async () => {
    await store.dropSchema();
    await store.close();
  });

  it('records the update on the channel the draft came through and answers the new revision and checklist', async () => {
    const caseId = await draft();
    const result = await handler.execute(new UpdateDraftCommand(owner, caseId, patch, 0));
    expect(result).toMatchObject({ caseId, status: 'draft', revision: 1 });
    expect(result.checklist.find((i) => i.item === 'field:applicant.birthDate')?.done ?? true).toBe(true);
    const [, updated] = await history(caseId);
    expect(updated).toMatchObject({ type: 'ApplicationDetailsUpdated', actor: { id: 'public:owner', channel: 'website' } });
    expect(updated.data).toMatchObject({ applicant: { birthDate: '1995-03-01' } });
    // staff of the tenant may complete it too
    await expect(handler.execute(new UpdateDraftCommand(officer, caseId, patch, 1))).resolves.toMatchObject({ revision: 2 });
  });

  it("someone else's draft is no draft at all (404), and nothing is written", async () => {
    const caseId = await draft();
    const refused = await handler.execute(new UpdateDraftCommand(stranger, caseId, patch, 0)).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(DomainError);
    expect(refused).toMatchObject({ code: 'case-not-found', kind: 'not-found' });
    expect(await history(caseId)).toHaveLength(1);
  });

  it('a change made since the revision the caller saw is a conflict (409), never decided again', async () => {
    const caseId = await draft();
    await handler.execute(new UpdateDraftCommand(owner, caseId, patch, 0));
    await expect(handler.execute(new UpdateDraftCommand(owner, caseId, patch, 0))).rejects.toBeInstanceOf(WrongExpectedRevisionError);
    expect(await history(caseId)).toHaveLength(2);
  });
});
