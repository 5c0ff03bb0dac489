import { Client, Connection } from '@temporalio/client';
import { policyReviewScheduleId } from '@athar/workflows';
import { applicationBody, eventually, newNationalId, outboxSearch, PlatformUnderTest, submitTuwaiqTraining } from './platform-under-test';

jest.setTimeout(180_000);

const MADINAH = 'environment-madinah';

/** A mobile of its own, so an applicant's SMS outbox holds only their messages. */
const ownMobile = (): string => `05${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
const e164 = (mobile: string): string => `+966${mobile.slice(1)}`;
const ownEmail = (name: string): string => `${name}.${Date.now().toString(36)}${Math.floor(Math.random() * 1e6)}@example.org`;

/**
 * What applicants receive, from their side (docs/adr/0025): the email applicant of Environment Madinah
 * (the one tenant whose policy offers email) in their mailbox, an SMS applicant on their phone (the
 * outbox), each message Arabic first with English below; no committee promised before eligibility has
 * spoken; an overridden applicant told; the yearly policy review in the responsible staff's mailbox.
 */
describe('applicants are answered on their channel, and never contradicted (common step 5, Tuwaiq 6-3)', () => {
  const platform = PlatformUnderTest.current();
  let madinahOfficer: string;

  const apply = (tenantId: string, token: string, body: unknown) =>
    fetch(`${platform.url('intake')}/applications`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  const madinahApplication = (channel: string, applicant: Record<string, unknown>) => {
    const body = applicationBody('programmes-and-activities', channel, 'ريم سعد الحربي');
    return { ...body, applicant: { ...body.applicant, nationalId: newNationalId(), ...applicant } };
  };
  const vote = async (caseId: string, userId: string) =>
    fetch(`${platform.url('committee-review')}/reviews/${caseId}/votes`, {
      method: 'POST',
      headers: { authorization: `Bearer ${await platform.tokenFor(MADINAH, userId, ['committee-member'])}`, 'content-type': 'application/json' },
      body: JSON.stringify({ vote: 'accept', reasonId: 'meets-conditions' }),
    });
  const smsTo = async (tenantId: string, mobile: string): Promise<string[]> => {
    const response = await outboxSearch(platform, await platform.token(tenantId, ['relations-officer']), e164(mobile));
    return ((await response.json()) as { items: Array<{ body: string; channel: string }> }).items
      .filter((m) => m.channel === 'sms')
      .map((m) => m.body)
      .reverse();
  };
  const arabicThenEnglish = (text: string) => {
    expect(text).toMatch(/^[\u0600-\u06FF]/);
    const [ar, en] = text.split('\n\n');
    expect(ar).toMatch(/[\u0600-\u06FF]/);
    expect(en).toMatch(/^[A-Z][\x20-\x7E]*/);
  };

  beforeAll(async () => {
    madinahOfficer = await platform.token(MADINAH, ['relations-officer']);
  });

  it('emails every answer to the Madinah applicant who wrote by email: receipt, the committee and its date, the decision', async () => {
    const email = ownEmail('reem');
    const mobile = ownMobile();
    const response = await apply(MADINAH, madinahOfficer, madinahApplication('email', { mobile, email }));
    expect(response.status).toBe(201);
    const { caseId, caseNumber } = (await response.json()) as { caseId: string; caseNumber: string };

    const { value: two } = await eventually(async () => {
      const mails = await platform.mailTo(email);
      return mails.length >= 2 ? mails : undefined;
    }, 90_000);
    expect(two.map((m) => m.subject)).toEqual([
      `استلام الطلب ${caseNumber} | Request ${caseNumber} received`,
      `الطلب ${caseNumber} لدى اللجنة المختصة | Request ${caseNumber} is with the Competent committee`,
    ]);
    expect(two[0].text).not.toMatch(/لجنة|committee/i); // receipt: no committee before eligibility has spoken
    expect(two[1].text).toMatch(/رُفع إلى اللجنة المختصة[\s\S]*في موعد أقصاه[\s\S]*has gone to the Competent committee/);

    await eventually(async () => ((await vote(caseId, `${MADINAH}-member-1`)).status === 201 ? true : undefined), 60_000);
    expect((await vote(caseId, `${MADINAH}-member-2`)).status).toBe(201);
    const { value: mails } = await eventually(async () => {
      const all = await platform.mailTo(email);
      return all.length >= 3 ? all : undefined;
    }, 60_000);
    expect(mails).toHaveLength(3);
    expect(mails[2].subject).toBe(`قبول الطلب ${caseNumber} | Request ${caseNumber} accepted`);
    for (const mail of mails) {
      expect(mail.to).toEqual([email]);
      arabicThenEnglish(mail.text);
      expect(mail.html).toContain('dir="rtl"');
    }
    // Nothing went to her phone.
    expect(await smsTo(MADINAH, mobile)).toEqual([]);
  });

  it('texts the Madinah applicant who gave an email but prefers SMS, and sends them no email', async () => {
    const email = ownEmail('sami');
    const mobile = ownMobile();
    const response = await apply(MADINAH, madinahOfficer, madinahApplication('visit', { mobile, email, preferredChannel: 'sms' }));
    expect(response.status).toBe(201);
    const { caseNumber } = (await response.json()) as { caseNumber: string };
    const { value: texts } = await eventually(async () => {
      const bodies = await smsTo(MADINAH, mobile);
      return bodies.length >= 2 ? bodies : undefined;
    }, 90_000);
    expect(texts[0]).toContain(`استلمنا طلبك رقم ${caseNumber}`);
    arabicThenEnglish(texts[0]);
    expect(await platform.mailTo(email)).toEqual([]);
  });

  it('emails the applicant who prefers email though they came in person; refuses email where the association does not answer by email', async () => {
    const email = ownEmail('huda');
    const response = await apply(
      MADINAH,
      madinahOfficer,
      madinahApplication('visit', { mobile: ownMobile(), email: email.toUpperCase(), preferredChannel: 'email' }),
    );
    expect(response.status).toBe(201);
    await eventually(async () => ((await platform.mailTo(email)).length > 0 ? true : undefined), 90_000);

    const awj = await apply('awj', await platform.token('awj'), {
      ...applicationBody('member-service', 'website'),
      applicant: { ...applicationBody('member-service', 'website').applicant, email, preferredChannel: 'email' },
    });
    expect(awj.status).toBe(422);
    expect(((await awj.json()) as { fields: Array<{ field: string; reasons: Array<{ ar: string; en: string }> }> }).fields).toEqual([
      {
        field: 'applicant.preferredChannel',
        reasons: [{ ar: expect.stringContaining('البريد الإلكتروني'), en: expect.stringContaining('does not answer by email') }],
      },
    ]);
    const noAddress = await apply(MADINAH, madinahOfficer, madinahApplication('email', { mobile: ownMobile() }));
    expect(noAddress.status).toBe(422);
    expect(((await noAddress.json()) as { fields: Array<{ field: string }> }).fields.map((f) => f.field)).toEqual(['applicant.email']);
    const bad = await apply(MADINAH, madinahOfficer, madinahApplication('email', { mobile: ownMobile(), email: 'huda@localhost' }));
    expect(bad.status).toBe(422);
    expect(((await bad.json()) as { fields: Array<{ field: string }> }).fields.map((f) => f.field)).toEqual(['applicant.email']);
  });

  it('never promises the committee to a not-eligible applicant; the applicant a researcher overrides is told, then given the committee and date', async () => {
    const tuwaiq = await platform.token('tuwaiq', ['relations-officer']);
    const committee = 'لجنة';
    const { caseId, caseNumber } = await submitTuwaiqTraining(platform, tuwaiq, { qualification: 'bachelor', employmentStatus: 'employed' });
    const about = async () => (await smsTo('tuwaiq', '0512345678')).filter((b) => b.includes(caseNumber));
    const { value: told } = await eventually(async () => {
      const bodies = await about();
      return bodies.some((b) => b.includes('لا يستوفي شروط الخدمة')) ? bodies : undefined;
    }, 90_000);
    expect(told).toHaveLength(2); // the receipt, then why not
    for (const body of told) expect(body).not.toMatch(new RegExp(`${committee}|committee`, 'i'));

    const researcher = await platform.token('tuwaiq', ['social-researcher']);
    const overridden = await fetch(`${platform.url('eligibility')}/cases/${caseId}/eligibility/override`, {
      method: 'POST',
      headers: { authorization: `Bearer ${researcher}`, 'content-type': 'application/json' },
      body: JSON.stringify({ to: 'eligible', reason: 'الزيارة الميدانية أثبتت انتهاء عقد العمل' }),
    });
    expect(overridden.status).toBe(200);
    const { value: after } = await eventually(async () => {
      const bodies = await about();
      return bodies.length >= 4 ? bodies : undefined;
    }, 90_000);
    const override = after.find((b) => b.includes('راجع الباحث الاجتماعي'));
    expect(override).toMatch(
      /راجع الباحث الاجتماعي طلبك رقم[\s\S]*مستوفٍ[\s\S]*الزيارة الميدانية أثبتت انتهاء عقد العمل[\s\S]*The social researcher reviewed your request/,
    );
    expect(after.find((b) => b.includes('has gone to the'))).toMatch(new RegExp(`رُفع إلى [^\\n]*${committee}`));
  });

  it("emails the yearly eligibility-policy review to the address Tuwaiq's policy names (Tuwaiq 6-3(4))", async () => {
    const connection = await Connection.connect({ address: process.env.TEMPORAL_ADDRESS ?? '127.0.0.1:7233' });
    try {
      const before = (await platform.mailTo('policy-review@tuwaiq.athar.local')).length;
      await new Client({ connection }).schedule.getHandle(policyReviewScheduleId(platform.instance, 'tuwaiq')).trigger();
      const { value } = await eventually(async () => {
        const mails = await platform.mailTo('policy-review@tuwaiq.athar.local');
        return mails.length > before ? mails : undefined;
      }, 90_000);
      const mail = value[value.length - 1];
      expect(mail.subject).toBe('حان موعد مراجعة سياسة الاستحقاق (الإصدار 1) | Eligibility policy review due (version 1)');
      arabicThenEnglish(mail.text);
    } finally {
      await connection.close();
    }
  });
});
