import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Pool } from 'pg';
import { streamId, type RecordedEvent } from '@athar/contracts';
import { PostgresEventStore } from '@athar/event-store';
import { LoopbackMailbox, readMailbox } from '@athar/launcher';
import { ChannelNotifier, PostgresOutbox } from '@athar/notifier';
import { outboxSealer, PersonalDataProtector, PostgresDataKeyStore, TenantKeyring } from '@athar/personal-data';
import { EventHandlers, EventWriter, type PendingEvent } from '@athar/service-kit';
import { loadTenantPolicies, TenantRegistry } from '@athar/tenancy';
import { AcknowledgeApplicantReactor } from './acknowledge-applicant.reactor';
import { ApplicantMessenger } from './applicant-messenger';
import { TellAnswerIsLateReactor } from './tell-answer-is-late.reactor';
import { TellCommitteeDecisionReactor } from './tell-committee-decision.reactor';
import { TellEligibilityReactor } from './tell-eligibility.reactor';
import { TellPolicyReviewReactor } from './tell-policy-review.reactor';

jest.setTimeout(60_000);

const PG_URL = process.env.ATHAR_PG_URL ?? 'postgres://athar:athar@127.0.0.1:15432/athar';

/**
 * Every message intake sends, delivered through the real SMTP client to a real SMTP server on loopback
 * (the mailbox `npm start` runs) and the real PostgreSQL outbox, from intake's reactors as the consumer
 * feeds them: who gets an email, who an SMS (docs/adr/0025).
 */
describe('intake tells people on their channel, delivered by SMTP on loopback', () => {
  const run = `it_msg_${Date.now().toString(36)}${randomUUID().slice(0, 4)}`;
  const pool = new Pool({ connectionString: PG_URL, max: 4 });
  const store = new PostgresEventStore({ connectionString: PG_URL, schema: `${run}_es` });
  const keys = new PostgresDataKeyStore(pool, `${run}_personal_data`);
  const protector = new PersonalDataProtector(keys, TenantKeyring.fromEnv({}));
  const writer = new EventWriter(store, 'intake', protector);
  const outbox = new PostgresOutbox(pool, `${run}_notifications`, outboxSealer(protector));
  const tenants = new TenantRegistry(loadTenantPolicies());
  const handlers = new EventHandlers();
  const mailDir = mkdtempSync(join(tmpdir(), 'athar-mail-'));
  let mailbox: LoopbackMailbox;
  let notifier: ChannelNotifier;

  const applicant = { fullName: 'ريم الحربي', nationalId: '1000000008', idKind: 'national-id', mobile: '+966512340001' };
  const recorded = (tenantId: string, type: string, data: unknown): RecordedEvent => ({
    eventId: randomUUID(),
    type,
    version: 1,
    tenantId,
    occurredAt: new Date().toISOString(),
    actor: { id: 'service:test', role: 'service', channel: 'system' },
    correlationId: randomUUID(),
    causationId: null,
    data,
    streamId: 'test',
    revision: 0,
    globalPosition: '0',
    recordedAt: new Date().toISOString(),
    hash: '',
    previousHash: '',
  });

  /** An application submitted in `tenantId` (stored as `version`, read back upcast), as intake records it. */
  const submitted = async (tenantId: string, channel: string, contact: Record<string, unknown>, version = 2) => {
    const caseId = randomUUID();
    const caseNumber = `ENV-1448-${String(Math.floor(Math.random() * 1e6)).padStart(6, '0')}`;
    const data = {
      caseId,
      caseNumber,
      servedBeforeElsewhere: false,
      serviceId: 'programmes-and-activities',
      channel,
      beneficiaryType: 'direct',
      applicant: { ...applicant, ...contact },
      submittedAt: new Date().toISOString(),
      policyVersion: 1,
      reviewWindow: { days: 14, counting: 'calendar' },
      expectedResponseBy: '2026-12-15T09:00:00.000Z',
    };
    const actor = { principal: { userId: 'officer', tenantId, roles: ['relations-officer'] }, channel } as never;
    await writer.append(
      streamId('intake', 'application', tenantId, caseId),
      tenantId,
      { kind: 'request', ...(actor as object) } as never,
      [{ type: 'ApplicationSubmitted', version, data } as PendingEvent<'ApplicationSubmitted'>],
      'no_stream',
    );
    const [stored] = (await writer.load(streamId('intake', 'application', tenantId, caseId))).history;
    return { caseId, caseNumber, event: stored };
  };

  beforeAll(async () => {
    await Promise.all([store.ensureSchema(), keys.ensureSchema(), outbox.ensureSchema()]);
    mailbox = await LoopbackMailbox.start(mailDir);
    notifier = new ChannelNotifier(outbox, { url: mailbox.url, from: 'no-reply@athar.test' });
    const messenger = new ApplicantMessenger(writer, tenants, notifier);
    new AcknowledgeApplicantReactor(handlers, messenger).onModuleInit();
    new TellEligibilityReactor(handlers, tenants, messenger).onModuleInit();
    new TellCommitteeDecisionReactor(handlers, tenants, messenger).onModuleInit();
    new TellAnswerIsLateReactor(handlers, tenants, messenger).onModuleInit();
    new TellPolicyReviewReactor(handlers, tenants, notifier).onModuleInit();
  });

  afterAll(async () => {
    notifier?.close();
    await mailbox?.close();
    await store.close();
    for (const suffix of ['es', 'personal_data', 'notifications']) await pool.query(`DROP SCHEMA IF EXISTS "${run}_${suffix}" CASCADE`);
    await pool.end();
    rmSync(mailDir, { recursive: true, force: true });
  });

  it('emails every message to the Madinah applicant who wrote by email, Arabic first with English, once each', async () => {
    const email = `reem.${randomUUID().slice(0, 8)}@example.org`;
    const { caseId, caseNumber, event } = await submitted('environment-madinah', 'email', { email, preferredChannel: 'sms' });
    const t = 'environment-madinah';
    await handlers.dispatch(event);
    await handlers.dispatch(event); // a redelivery sends nothing
    await handlers.dispatch(
      recorded(t, 'EligibilityAssessed', {
        caseId,
        outcome: 'not-eligible',
        criteria: [{ criterionId: 'age', met: false, reason: { ar: 'العمر أقل من 18', en: 'younger than 18' } }],
      }),
    );
    await handlers.dispatch(recorded(t, 'EligibilityOverridden', { caseId, from: 'not-eligible', to: 'eligible', reason: 'تحقق الباحث من العمر ميدانياً' }));
    await handlers.dispatch(recorded(t, 'ReviewOpened', { caseId, deadline: '2026-12-15T09:00:00.000Z' }));
    await handlers.dispatch(recorded(t, 'ReviewDeadlineBreached', { caseId, deadline: '2026-12-15T09:00:00.000Z', breachedAt: '2026-12-15T09:00:00.000Z' }));
    await handlers.dispatch(
      recorded(t, 'ApplicationAccepted', {
        caseId,
        committeeId: 'competent-committee',
        round: 1,
        decidedAt: new Date().toISOString(),
        reasons: [tenants.get(t).committeeReview.reasons.accept[0]],
      }),
    );

    const mails = await readMailbox(mailDir, email);
    expect(mails.map((m) => m.subject)).toEqual([
      `استلام الطلب ${caseNumber} | Request ${caseNumber} received`,
      `نتيجة التحقق من الاستحقاق للطلب ${caseNumber} | Eligibility result for request ${caseNumber}`,
      `مراجعة استحقاق الطلب ${caseNumber} | Eligibility of request ${caseNumber} reviewed`,
      `الطلب ${caseNumber} لدى اللجنة المختصة | Request ${caseNumber} is with the Competent committee`,
      `تأخر الرد على الطلب ${caseNumber} | Answer to request ${caseNumber} is late`,
      `قبول الطلب ${caseNumber} | Request ${caseNumber} accepted`,
    ]);
    for (const mail of mails) {
      expect(mail.text.indexOf(caseNumber)).toBeGreaterThanOrEqual(0);
      expect(mail.text).toMatch(/^[\u0600-\u06FF]/); // Arabic first …
      expect(mail.text).toMatch(/\n\n[A-Z][\s\S]*[a-z]/); // … English below
      expect(mail.html).toContain('<div lang="ar" dir="rtl"');
    }
    expect(mails[1].text).toContain('العمر أقل من 18');
    expect(mails[2].text).toContain('تحقق الباحث من العمر ميدانياً');
    // Nothing went to the phone: the outbox holds only the emails.
    expect((await outbox.list(t, { recipient: applicant.mobile })).filter((m) => m.body.includes(caseNumber))).toEqual([]);
    expect((await outbox.list(t, { recipient: email })).map((m) => m.channel)).toEqual(Array(6).fill('email'));
  });

  it('emails the applicant who prefers email, texts the one who prefers SMS, and reads a v1 submission (no email) as SMS', async () => {
    const t = 'environment-madinah';
    const email = `sami.${randomUUID().slice(0, 8)}@example.org`;
    const byPreference = await submitted(t, 'visit', { email, preferredChannel: 'email' });
    const bySms = await submitted(t, 'visit', { email: `other.${randomUUID().slice(0, 8)}@example.org`, preferredChannel: 'sms' });
    const legacy = await submitted(t, 'email', {}, 1);
    expect(legacy.event).toMatchObject({ version: 2, data: { applicant: { preferredChannel: 'sms' } } });
    for (const c of [byPreference, bySms, legacy]) await handlers.dispatch(c.event);

    expect((await readMailbox(mailDir, email)).map((m) => m.subject)).toEqual([
      `استلام الطلب ${byPreference.caseNumber} | Request ${byPreference.caseNumber} received`,
    ]);
    const texts = (await outbox.list(t, { recipient: applicant.mobile })).map((m) => m.body);
    expect(texts.some((b) => b.includes(bySms.caseNumber))).toBe(true);
    expect(texts.some((b) => b.includes(legacy.caseNumber))).toBe(true);
    expect(texts.some((b) => b.includes(byPreference.caseNumber))).toBe(false);
  });

  it('sends the receipt first even when the committee opens its review before intake handles the submission (two topics)', async () => {
    const t = 'environment-madinah';
    const email = `nora.${randomUUID().slice(0, 8)}@example.org`;
    const { caseId, caseNumber, event } = await submitted(t, 'email', { email, preferredChannel: 'email' });
    await handlers.dispatch(recorded(t, 'ReviewOpened', { caseId, deadline: '2026-12-15T09:00:00.000Z' }));
    await handlers.dispatch(event);
    expect((await readMailbox(mailDir, email)).map((m) => m.subject)).toEqual([
      `استلام الطلب ${caseNumber} | Request ${caseNumber} received`,
      `الطلب ${caseNumber} لدى اللجنة المختصة | Request ${caseNumber} is with the Competent committee`,
    ]);
  });

  it("emails the yearly policy review to the address in Tuwaiq's policy, and keeps it for the executive director where none is set", async () => {
    const due = { eligibilityPolicyVersion: 1, effectiveFrom: '2024-01-01T00:00:00Z', approval: null, dueAt: '2025-01-01T00:00:00Z' };
    await handlers.dispatch(recorded('tuwaiq', 'EligibilityPolicyReviewDue', { ...due, round: randomUUID() }));
    const [mail] = (await readMailbox(mailDir, 'policy-review@tuwaiq.athar.local')).slice(-1);
    expect(mail.subject).toBe('حان موعد مراجعة سياسة الاستحقاق (الإصدار 1) | Eligibility policy review due (version 1)');
    expect(mail.text).toContain('مجلس الإدارة');

    await handlers.dispatch(recorded('awj', 'EligibilityPolicyReviewDue', { ...due, round: randomUUID() }));
    const [kept] = await outbox.list('awj', { limit: 1 });
    expect(kept).toMatchObject({ channel: 'staff', recipient: 'role:executive-director' });
    expect(kept.body).toContain('The yearly review of');
  });
});
