import { randomUUID } from 'node:crypto';
import { streamId } from '@athar/contracts';
import { DomainError } from '@athar/contracts';
import { PostgresEventStore } from '@athar/event-store';
import type { Principal } from '@athar/identity';
import { hijriYear, normalizeNationalId, prepareSubmission } from '@athar/domain-intake';
import { AggregateCommands, EventWriter, type Cause } from '@athar/service-kit';
import { loadTenantPolicies, TenantRegistry } from '@athar/tenancy';
import { CaseNumberCounter } from './case-number-counter';
import { CaseRegistration } from './case-registration';
import { PersonKeys } from './person-keys';
import { SubmitApplicationCommand } from './submit-application.command';
import type { SubmitApplicationDto } from './submit-application.dto';
import { SubmitApplicationHandler } from './submit-application.handler';
import { submissionRequest, submissionTerms } from './submission';

jest.setTimeout(60_000);
const url = process.env.ATHAR_PG_URL ?? 'postgres://athar:athar@127.0.0.1:15432/athar';

/** Registering a case on the real event store: each step on its own, a crash between them, and the whole command again. */
describe('CaseRegistration: a registration cut short completes or is taken over, never waited out', () => {
  const store = new PostgresEventStore({ connectionString: url, schema: `it_reg_${randomUUID().slice(0, 8)}` });
  const writer = new EventWriter(store, 'intake');
  const registration = new CaseRegistration(new AggregateCommands(writer), writer, new PersonKeys(), new CaseNumberCounter(writer));
  const tenants = new TenantRegistry(loadTenantPolicies());
  const handler = new SubmitApplicationHandler(tenants, registration);
  const policy = tenants.get('awj');
  const staff: Principal = { userId: 'officer-1', tenantId: 'awj', roles: ['relations-officer'] } as Principal;
  const client = { userAgent: 'jest', ip: '127.0.0.1' };
  let ids = 0;
  /** A fresh valid national ID (Luhn check digit) per test: a different person each time. */
  const nationalId = (): string => {
    const body = `1${String(++ids).padStart(8, '0')}`;
    for (let check = 0; check < 10; check += 1) {
      const digits = `${body}${check}`;
      const sum = [...digits].reduce((s, d, i) => {
        const n = Number(d) * (i % 2 === 0 ? 2 : 1);
        return s + (n > 9 ? n - 9 : n);
      }, 0);
      if (sum % 10 === 0) return digits;
    }
    throw new Error('no check digit');
  };
  const body = (id: string): SubmitApplicationDto =>
    ({
      serviceId: 'member-service',
      channel: 'phone',
      applicant: { fullName: 'سارة عبدالله العتيبي', nationalId: id, mobile: '0512345678' },
      declaration: { accepted: true, signedName: 'سارة عبدالله العتيبي', declarationVersion: policy.declaration.version },
    }) as SubmitApplicationDto;
  const types = async (caseId: string) => (await writer.load(streamId('intake', 'application', 'awj', caseId))).history.map((e) => e.type);

  /** The earlier try of a command: every step up to (not including) writing the application, then the process dies. */
  async function crashBeforeTheApplication(command: SubmitApplicationCommand, caseId: string): Promise<string> {
    const cause: Cause = { kind: 'request', principal: staff, channel: 'phone' };
    const registrant = registration.registrant('awj', normalizeNationalId(command.request.applicant.nationalId), 'member-service');
    const now = new Date();
    const submission = prepareSubmission(submissionRequest(command, caseId), submissionTerms(policy), await registration.openRequest(registrant), now);
    const caseNumber = await registration.drawNumber(policy, caseId, cause, now);
    await registration.claim(registrant, caseId, caseNumber, null, cause);
    await registration.notePerson(registrant, cause);
    expect(submission.declaration).not.toBeNull();
    return caseNumber;
  }

  beforeAll(() => store.ensureSchema());
  afterAll(async () => {
    await store.dropSchema();
    await store.close();
  });

  it('the same request run again after a crash between drawing the number and writing the application finishes that very case', async () => {
    const caseId = randomUUID();
    const command = new SubmitApplicationCommand(staff, body(nationalId()), client, undefined, caseId);
    const drawn = await crashBeforeTheApplication(command, caseId);
    expect(await types(caseId)).toEqual([]);

    const receipt = await handler.execute(command);
    expect(receipt).toMatchObject({ caseId, caseNumber: drawn, status: 'submitted' });
    expect(await types(caseId)).toEqual(['DeclarationSigned', 'ApplicationSubmitted']);
    // and once more: the same receipt, nothing written twice, no second number drawn
    expect(await handler.execute(command)).toMatchObject({ caseId, caseNumber: drawn, status: 'submitted' });
    expect(await types(caseId)).toEqual(['DeclarationSigned', 'ApplicationSubmitted']);
    const year = (await writer.load(streamId('intake', 'case-numbers', 'awj', drawn.split('-')[1]))).history;
    expect(year.filter((e) => (e.data as { caseId: string }).caseId === caseId)).toHaveLength(1);
  });

  it('a new request of the same person after such a crash takes the dead registration over at once, and the dead request can never write its case', async () => {
    const id = nationalId();
    const deadCaseId = randomUUID();
    const deadCommand = new SubmitApplicationCommand(staff, body(id), client, undefined, deadCaseId);
    await crashBeforeTheApplication(deadCommand, deadCaseId);

    const receipt = await handler.execute(new SubmitApplicationCommand(staff, body(id), client));
    expect(receipt.status).toBe('submitted');
    expect(receipt.caseId).not.toBe(deadCaseId);
    expect(await types(deadCaseId)).toEqual(['CaseRegistrationAbandoned']);

    // The dead request, had it been only slow, is refused as the duplicate it now is: one case for the person.
    const late = await handler.execute(deadCommand).catch((error: unknown) => error);
    expect(late).toBeInstanceOf(DomainError);
    expect((late as DomainError).code).toBe('duplicate-open-request');
    expect(await types(deadCaseId)).toEqual(['CaseRegistrationAbandoned']);
    // A third request is refused, naming the case that was written.
    const third = await handler.execute(new SubmitApplicationCommand(staff, body(id), client)).catch((error: unknown) => error);
    expect((third as DomainError).code).toBe('duplicate-open-request');
    expect((third as DomainError).text.en).toContain(receipt.caseNumber);
  });

  it('a retry after a crash right after the draw (before the claim) keeps the number drawn: one number per case, however often retried', async () => {
    const caseId = randomUUID();
    const command = new SubmitApplicationCommand(staff, body(nationalId()), client, undefined, caseId);
    const cause: Cause = { kind: 'request', principal: staff, channel: 'phone', retryKey: `retry-${caseId}` };
    const first = await registration.drawNumber(policy, caseId, cause, new Date());
    // Others draw meanwhile, so the case's draw is no longer the counter's last event.
    await Promise.all([1, 2, 3].map(() => registration.drawNumber(policy, randomUUID(), cause, new Date())));
    expect(await registration.drawNumber(policy, caseId, cause, new Date())).toBe(first);

    const receipt = await handler.execute(command);
    expect(receipt).toMatchObject({ caseId, caseNumber: first, status: 'submitted' });
    const year = (await writer.load<'CaseNumberAssigned'>(streamId('intake', 'case-numbers', 'awj', first.split('-')[1]))).history;
    const held = year.map((e) => e.data.caseNumber);
    expect(new Set(held).size).toBe(held.length);
    expect(year.filter((e) => e.data.caseId === caseId).map((e) => e.data.caseNumber)).toEqual([first]);
  });

  it('concurrent draws of one tenant take consecutive numbers, each once; the counter reads back as its last event alone', async () => {
    const cause: Cause = { kind: 'request', principal: staff, channel: 'phone' };
    const before = (await writer.load<'CaseNumberAssigned'>(streamId('intake', 'case-numbers', 'awj', String(hijriYear(new Date()))), { lastOnly: true }))
      .history;
    expect(before.length).toBeLessThanOrEqual(1);
    const from = before[0]?.data.sequence ?? 0;
    const drawn = await Promise.all(Array.from({ length: 8 }, () => registration.drawNumber(policy, randomUUID(), cause, new Date())));
    const sequences = drawn.map((n) => Number(n.slice(n.lastIndexOf('-') + 1))).sort((a, b) => a - b);
    expect(sequences).toEqual(Array.from({ length: 8 }, (_, i) => from + i + 1));
  });

  it('two replicas drawing at once race on the counter and still take consecutive numbers, each once', async () => {
    const replica = new CaseRegistration(new AggregateCommands(writer), writer, new PersonKeys(), new CaseNumberCounter(writer));
    const cause: Cause = { kind: 'request', principal: staff, channel: 'phone' };
    const counter = streamId('intake', 'case-numbers', 'awj', String(hijriYear(new Date())));
    const from = (await writer.load<'CaseNumberAssigned'>(counter, { lastOnly: true })).history[0]?.data.sequence ?? 0;
    const drawn = await Promise.all(
      Array.from({ length: 12 }, (_, i) => (i % 2 === 0 ? registration : replica).drawNumber(policy, randomUUID(), cause, new Date())),
    );
    const sequences = drawn.map((n) => Number(n.slice(n.lastIndexOf('-') + 1))).sort((a, b) => a - b);
    expect(sequences).toEqual(Array.from({ length: 12 }, (_, i) => from + i + 1));
    const year = (await writer.load<'CaseNumberAssigned'>(counter)).history;
    expect(year.map((e) => e.data.sequence)).toEqual(Array.from({ length: from + 12 }, (_, i) => i + 1));
  });

  it('two concurrent requests of the same person and service end as exactly one case', async () => {
    const id = nationalId();
    const outcomes = await Promise.allSettled(Array.from({ length: 4 }, () => handler.execute(new SubmitApplicationCommand(staff, body(id), client))));
    const cases = outcomes.filter((o) => o.status === 'fulfilled');
    expect(cases).toHaveLength(1);
    for (const o of outcomes.filter((o) => o.status === 'rejected'))
      expect(((o as PromiseRejectedResult).reason as DomainError).code).toBe('duplicate-open-request');
  });
});
