import { randomUUID } from 'node:crypto';
import { applicationBody, eventually, newNationalId, outboxSearch, type PlatformUnderTest } from './platform-under-test';

/** A fresh Saudi mobile (05XXXXXXXX): the public link limits codes per number, so each applicant has their own. */
export function newMobile(): string {
  return `05${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
}

/** The form the platform keeps and searches a mobile in (E.164). */
export const e164 = (mobile: string): string => `+966${mobile.slice(1)}`;

/** A complete public-link request for a new person (override what a test varies). */
export function linkBody(serviceId: string, options: { fullName?: string; mobile?: string; nationalId?: string } = {}) {
  const { channel: _channel, ...rest } = applicationBody(serviceId, 'website', options.fullName ?? 'Lama Al-Otaibi');
  return {
    ...rest,
    applicant: { ...rest.applicant, mobile: options.mobile ?? newMobile(), nationalId: options.nationalId ?? newNationalId() },
    consent: { accepted: true, termsVersion: 1 },
  };
}

/** Step 1: ask; a code goes to the mobile on the request. */
export function askThroughLink(platform: PlatformUnderTest, tenantId: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${platform.url('intake')}/public/${tenantId}/applications`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'user-agent': 'athar-e2e-browser', ...headers },
    body: JSON.stringify(body),
  });
}

/** Step 2: send the code back. */
export function confirmThroughLink(
  platform: PlatformUnderTest,
  tenantId: string,
  confirmationId: string,
  code: string,
  headers: Record<string, string> = {},
): Promise<Response> {
  return fetch(`${platform.url('intake')}/public/${tenantId}/confirmations/${confirmationId}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ code }),
  });
}

/** The texts the tenant's outbox holds for a mobile, newest first (as staff see them). */
export async function textsTo(platform: PlatformUnderTest, tenantId: string, mobile: string): Promise<string[]> {
  const token = await platform.token(tenantId, ['relations-officer']);
  const answer = await outboxSearch(platform, token, e164(mobile));
  if (answer.status !== 200) throw new Error(`outbox search: ${answer.status} ${await answer.text()}`);
  return ((await answer.json()) as { items: Array<{ body: string }> }).items.map((item) => item.body);
}

/** The newest confirmation code sent to a mobile, read from the SMS as the applicant reads their phone. */
export async function codeSentTo(platform: PlatformUnderTest, tenantId: string, mobile: string): Promise<string> {
  const code = (await textsTo(platform, tenantId, mobile)).map((text) => /: (\d{6})\./.exec(text)?.[1]).find((found) => found !== undefined);
  if (!code) throw new Error('no confirmation code was sent to this mobile');
  return code;
}

/**
 * Both steps, as an applicant goes through them: ask, read the code, confirm. Returns the confirmation's
 * answer and its correlation id (the case's events carry it).
 */
export async function applyThroughLink(
  platform: PlatformUnderTest,
  tenantId: string,
  body: ReturnType<typeof linkBody>,
): Promise<{ confirmed: Response; correlationId: string }> {
  const asked = await askThroughLink(platform, tenantId, body);
  if (asked.status !== 202) throw new Error(`ask refused: ${asked.status} ${await asked.text()}`);
  const { confirmationId } = (await asked.json()) as { confirmationId: string };
  const code = await codeSentTo(platform, tenantId, body.applicant.mobile);
  const correlationId = randomUUID();
  const confirmed = await confirmThroughLink(platform, tenantId, confirmationId, code, { 'x-correlation-id': correlationId });
  return { confirmed, correlationId };
}

/** The case a confirmation opened (by its correlation id) and the subject that owns it. */
export async function caseOpenedBy(
  pool: { query: <R>(sql: string, params: unknown[]) => Promise<{ rows: R[] }> },
  platform: PlatformUnderTest,
  correlationId: string,
): Promise<{ caseId: string; owner: string; types: string[] } | undefined> {
  const { rows } = await pool.query<{ stream_id: string; type: string; owner: string }>(
    `SELECT stream_id, type, actor->>'id' AS owner FROM "${platform.instance}_events".events WHERE correlation_id = $1 AND stream_id LIKE 'intake.application.%' ORDER BY global_position`,
    [correlationId],
  );
  if (rows.length === 0) return undefined;
  return { caseId: rows[0].stream_id.split('.').at(-1) as string, owner: rows[0].owner, types: rows.map((r) => r.type) };
}

/** Waits for a text containing `needle` to reach a mobile. */
export async function eventuallyTextTo(platform: PlatformUnderTest, tenantId: string, mobile: string, needle: string | RegExp): Promise<string> {
  const { value } = await eventually(async () =>
    (await textsTo(platform, tenantId, mobile)).find((text) => (typeof needle === 'string' ? text.includes(needle) : needle.test(text))),
  );
  return value;
}

/** The request number and the return code a draft's text message gives (docs/adr/0026). */
export function wayBackIn(text: string): { caseNumber: string; returnCode: string } {
  const caseNumber = /\b([A-Z]{2,10}-\d{4}-\d{6})\b/.exec(text)?.[1];
  const returnCode = /\b([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4})\b/.exec(text)?.[1];
  if (!caseNumber || !returnCode) throw new Error(`no request number and return code in: ${text}`);
  return { caseNumber, returnCode };
}

/** A call on the way back to a draft, as the applicant's phone makes it: the return code in its header, never in the URL. */
export function backToDraft(
  platform: PlatformUnderTest,
  tenantId: string,
  caseNumber: string,
  returnCode: string | null,
  path: '' | '/documents' | '/submit',
  init: { method?: string; body?: string | FormData; headers?: Record<string, string> } = {},
): Promise<Response> {
  const headers: Record<string, string> = {
    ...(returnCode === null ? {} : { 'x-athar-return-code': returnCode }),
    ...(typeof init.body === 'string' ? { 'content-type': 'application/json' } : {}),
    ...init.headers,
  };
  return fetch(`${platform.url('intake')}/public/${tenantId}/drafts/${caseNumber}${path}`, {
    method: init.method ?? (path === '' ? 'GET' : 'POST'),
    headers,
    body: init.body,
  });
}

/** A fresh return code, asked for with the request number and the confirmed mobile. */
export function askForReturnCode(platform: PlatformUnderTest, tenantId: string, body: unknown): Promise<Response> {
  return fetch(`${platform.url('intake')}/public/${tenantId}/return-codes`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

/** A document as a phone uploads it (a small PDF). */
export function documentForm(documentType: string, content: Buffer = Buffer.from(`%PDF-1.7\n% ${documentType}\n%%EOF\n`)): FormData {
  const form = new FormData();
  form.append('documentType', documentType);
  form.append('file', new Blob([content], { type: 'application/pdf' }), `${documentType}.pdf`);
  return form;
}
