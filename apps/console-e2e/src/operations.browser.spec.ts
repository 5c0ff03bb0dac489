import { randomUUID } from 'node:crypto';
import { Client, Connection } from '@temporalio/client';
import { Kafka, logLevel } from 'kafkajs';
import type { Browser, Locator, Page } from 'playwright-core';
import { EVENT_HEADERS, eventsTopic } from '@athar/contracts';
import { loadTenantPolicies } from '@athar/tenancy';
import { caseSearchAttributes, committeeReviewTaskQueue } from '@athar/workflows';
import type { components } from '../../console/src/api/generated/committee-review';
import { ar, en, type MessageId } from '../../console/src/i18n/messages';
import { checkScreen, launchChromium, tabTo } from './browser';
import { ConsoleUnderTest } from './console-under-test';
import { signedIn, type Language, type SignedIn } from './signed-in';

// The operations console (docs/adr/0045) from the operator's side: the platform-wide `operations` person,
// in Arabic on a desktop, finds a breached workflow among the counts and filters, opens it, is refused a
// too-short reason in its field, terminates it with a reason and sees it terminated; reads the messaging
// figures; discards dead letters with a reason and sees them leave the open list, the outcome per letter.
// An association's administrator, in English on a phone, sees only its own association's workflows and
// dead letters, and no terminate or messaging. One cancellation by keyboard alone. A workflow whose activity
// keeps failing: its attempts and last failure shown, retried now with a reason (Arabic, desktop; English,
// phone, by the association's administrator), then signalled and reset. axe-core on every screen.
jest.setTimeout(300_000);

const A = 'tuwaiq';
const B = 'awj';
const HOUR = 3_600_000;
type Letter = components['schemas']['DeadLetterDto'];

/** The associations of the rows the person sees. */
const tenantsOf = async (rows: Locator) =>
  new Set(await rows.evaluateAll((trs) => trs.map((tr) => (tr as unknown as { dataset: Record<string, string> }).dataset.tenant)));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const tenantName = (tenantId: string, language: Language) => loadTenantPolicies().find((p) => p.tenantId === tenantId)!.name[language];

describe('the operations console in the browser', () => {
  const ui = ConsoleUnderTest.current();
  let browser: Browser;
  let connection: Connection;
  let temporal: Client;
  const opened: SignedIn[] = [];
  /** Workflows the spec starts, as the platform starts its timelines (with their search attributes). */
  const probes = { terminateA: '', cancelA: '', otherA: '', ownB: '', failingA: '', failingA2: '' };
  const poison = { A: randomUUID(), B: randomUUID() };
  /** The dead letters each poison message became (one per consuming group). */
  const letters: Record<'A' | 'B', string[]> = { A: [], B: [] };

  /** endsOn in the past: its recordServiceDeliveryEnd fails ("No service delivery for case …", no delivery on record) and retries with backoff. */
  async function probe(tenant: string, deadline: Date, endsOn = new Date(Date.now() + 30 * 24 * HOUR)): Promise<string> {
    const caseId = randomUUID();
    const workflowId = `service-delivery/${tenant}/${caseId}`;
    await temporal.workflow.start('serviceDelivery', {
      taskQueue: committeeReviewTaskQueue(ui.instance),
      workflowId,
      args: [{ tenantId: tenant, caseId, endsOn: endsOn.toISOString() }],
      typedSearchAttributes: caseSearchAttributes(tenant, caseId, 'in-delivery', deadline.toISOString()),
    });
    return workflowId;
  }

  const api = async <T>(path: string, token: string): Promise<T> => {
    const answer = await fetch(`${ui.serviceUrl('committee-review')}${path}`, { headers: { authorization: `Bearer ${token}` } });
    if (answer.status !== 200) throw new Error(`${path}: ${answer.status} ${await answer.text()}`);
    return (await answer.json()) as T;
  };

  beforeAll(async () => {
    browser = await launchChromium();
    connection = await Connection.connect({ address: process.env.TEMPORAL_ADDRESS ?? '127.0.0.1:7233' });
    temporal = new Client({ connection, namespace: process.env.TEMPORAL_NAMESPACE ?? 'default' });
    probes.terminateA = await probe(A, new Date(Date.now() - 2 * HOUR - 5 * 60_000));
    probes.cancelA = await probe(A, new Date(Date.now() - 26 * HOUR));
    probes.otherA = await probe(A, new Date(Date.now() - 3 * HOUR));
    probes.ownB = await probe(B, new Date(Date.now() - 5 * HOUR));
    probes.failingA = await probe(A, new Date(Date.now() + 5 * 24 * HOUR), new Date(Date.now() - 60_000));
    probes.failingA2 = await probe(A, new Date(Date.now() + 6 * 24 * HOUR), new Date(Date.now() - 60_000));
    // Poison on a topic the services consume (not JSON): each consuming group dead-letters it (ADR 0017).
    const kafka = new Kafka({
      brokers: (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(','),
      clientId: `${ui.instance}.browser`,
      logLevel: logLevel.NOTHING,
    });
    const producer = kafka.producer();
    await producer.connect();
    for (const [tenant, eventId] of [
      [A, poison.A],
      [B, poison.B],
    ])
      await producer.send({
        topic: eventsTopic('eligibility', ui.instance),
        messages: [
          {
            key: randomUUID(),
            value: Buffer.from('{"not json'),
            headers: { [EVENT_HEADERS.eventId]: eventId, [EVENT_HEADERS.tenantId]: tenant, [EVENT_HEADERS.eventType]: 'EligibilityAssessed' },
          },
        ],
      });
    await producer.disconnect();
    // Visibility is eventually consistent; the letters come as each group gives up: wait until both settle.
    const ops = await ui.token(A, ['operations']);
    for (let i = 0; i < 120; i += 1) {
      const page = await api<{ items: Array<{ workflowId: string }> }>('/ops/workflows?status=breached&limit=200', ops);
      const breached = [probes.terminateA, probes.cancelA, probes.otherA, probes.ownB];
      if (breached.every((id) => page.items.some((item) => item.workflowId === id))) break;
      await sleep(500);
    }
    let previous = '';
    for (let i = 0, stable = 0; i < 120 && stable < 6; i += 1) {
      const { items } = await api<{ items: Letter[] }>('/ops/dead-letters?limit=200', ops);
      letters.A = items.filter((l) => l.eventId === poison.A).map((l) => l.id);
      letters.B = items.filter((l) => l.eventId === poison.B).map((l) => l.id);
      const now = `${letters.A.join()}|${letters.B.join()}`;
      stable = letters.A.length > 0 && letters.B.length > 0 && now === previous ? stable + 1 : 0;
      previous = now;
      await sleep(1000);
    }
    if (letters.A.length === 0 || letters.B.length === 0) throw new Error('the poison messages were never dead-lettered');
  });

  afterAll(async () => {
    for (const id of Object.values(probes).filter(Boolean))
      await temporal.workflow
        .getHandle(id)
        .terminate('browser spec done')
        .catch(() => undefined);
    await connection?.close();
    await browser?.close();
  });

  async function choose(page: Page, label: string, option: string): Promise<void> {
    await page.getByRole('combobox', { name: label }).click();
    await page.getByRole('option', { name: option, exact: true }).click();
  }

  it('operations, in Arabic on a desktop: a breached workflow found, refused a short reason, terminated; messaging figures; dead letters discarded', async () => {
    const m = (id: MessageId) => ar[id];
    const name = (step: string) => `operations-ar-desktop-${step}`;
    const session = await signedIn(browser, ui, { tenantId: A, roles: ['operations'], language: 'ar', viewport: 'desktop', path: '/operations' });
    opened.push(session);
    const { page } = session;
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    await page.getByRole('heading', { name: m('ops.workflows.title') }).waitFor();
    // The counts: breached ones among them, in Arabic-Indic digits.
    await expect(page.getByTestId('ops-count-breached').textContent()).resolves.toMatch(/^[١-٩][٠-٩٬]*$/);

    // Breached workflows of Tuwaiq: the one to terminate is there, with its deadline in Hijri and Gregorian and how late it is.
    await choose(page, m('ops.filter.status'), m('ops.risk.breached'));
    await choose(page, m('ops.filter.tenant'), tenantName(A, 'ar'));
    await page.waitForURL((url) => url.searchParams.get('status') === 'breached' && url.searchParams.get('tenant') === A);
    const row = page.locator(`tr[data-workflow="${probes.terminateA}"]`);
    await row.waitFor();
    const rows = page.locator('[data-testid=ops-workflows] tbody tr');
    // the list of the two filters once it has come (the one of the first filter may still be on screen)
    for (let i = 0; i < 40 && [...(await tenantsOf(rows))].join() !== A; i += 1) await sleep(250);
    expect(await tenantsOf(rows)).toEqual(new Set([A]));
    await row.waitFor();
    expect(await page.locator(`tr[data-workflow="${probes.ownB}"]`).count()).toBe(0);
    await expect(row.textContent()).resolves.toContain(m('ops.type.serviceDelivery'));
    await expect(row.textContent()).resolves.toContain(tenantName(A, 'ar'));
    await expect(row.locator('[data-risk]').textContent()).resolves.toBe(m('ops.risk.breached'));
    await expect(row.getByTestId('late-by').textContent()).resolves.toMatch(/^ساعتان و[٠-٩]+ (دقائق|دقيقة)$/);
    expect(await row.locator('[data-calendar=islamic-umalqura]').textContent()).toMatch(/[٠-٩]/);
    expect(await row.locator('[data-calendar=gregory]').count()).toBe(1);
    await checkScreen(page, name('1-workflows'));

    // Its own screen: running, breached, its deadline with the time.
    await row.getByRole('link', { name: m('ops.type.serviceDelivery') }).click();
    await page.getByTestId('ops-workflow').waitFor();
    await expect(page.getByTestId('ops-workflow').textContent()).resolves.toContain(probes.terminateA);
    await expect(page.getByTestId('workflow-status').textContent()).resolves.toBe(m('ops.status.Running'));
    expect(await page.getByTestId('ops-deadline').locator('[data-calendar=islamic-umalqura]').textContent()).toMatch(/[٠-٩]/);
    // it waits on its timer: no activity pending; its history starts with the start and the timer
    await expect(page.getByTestId('ops-activities-none').textContent()).resolves.toBe(m('ops.activities.none'));
    expect(
      await page
        .locator('[data-testid=ops-history-table] tbody tr')
        .evaluateAll((trs) => trs.map((tr) => (tr as unknown as { dataset: Record<string, string> }).dataset.eventType)),
    ).toEqual(expect.arrayContaining(['WorkflowExecutionStarted', 'TimerStarted']));
    await checkScreen(page, name('2-workflow'));

    // Terminate: a two-letter reason is refused by the API, its reason shown in the field; nothing happens.
    await page.getByTestId('ops-action-terminate').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText(m('ops.action.terminate.detail')).waitFor();
    await dialog.getByTestId('ops-reason').fill('ab');
    await dialog.getByTestId('ops-confirm').click();
    await dialog.locator('[data-testid=ops-reason][aria-invalid=true]').waitFor();
    const refused = await dialog.locator('.mantine-InputWrapper-error').textContent();
    expect(refused).toMatch(/[\u0600-\u06FF]/);
    expect(refused).toMatch(/reason must be longer than or equal to 3 characters/);
    await checkScreen(page, name('3-reason-refused'));
    await expect(page.getByTestId('workflow-status').textContent()).resolves.toBe(m('ops.status.Running'));

    // With a reason: terminated, and the screen says so.
    await dialog.getByTestId('ops-reason').fill('probe of the operations console: ends on purpose');
    await dialog.getByTestId('ops-confirm').click();
    await page.locator('[data-testid=workflow-status][data-status=Terminated]').waitFor();
    await expect(page.getByTestId('workflow-status').textContent()).resolves.toBe(m('ops.status.Terminated'));
    await expect(page.getByTestId('ops-outcome').textContent()).resolves.toContain('أُنهي سير العمل وسُجّل الإجراء');
    expect(await page.getByTestId('ops-action-terminate').isDisabled()).toBe(true);
    await expect(page.locator('[data-testid=ops-history-table] tbody tr').first().getAttribute('data-event-type')).resolves.toBe('WorkflowExecutionTerminated');
    expect((await temporal.workflow.getHandle(probes.terminateA).describe()).status.name).toBe('TERMINATED');
    await checkScreen(page, name('4-terminated'));

    // Back on the list as it was filtered, it is no longer among the running ones.
    await page.getByRole('link', { name: m('ops.detail.back') }).click();
    await page.waitForURL((url) => url.pathname === '/operations' && url.searchParams.get('status') === 'breached' && url.searchParams.get('tenant') === A);
    await page.getByRole('heading', { name: m('ops.workflows.title') }).waitFor();
    await page.getByTestId('ops-workflows').waitFor();
    // (the list read again on return: the cached page gives way to the fresh one)
    await page.locator(`tr[data-workflow="${probes.terminateA}"]`).waitFor({ state: 'detached', timeout: 15_000 });
    await page.locator(`tr[data-workflow="${probes.otherA}"]`).waitFor();

    // Messaging: lag per consumer group with its partitions, relays, inboxes, open dead letters, when measured.
    await page.getByTestId('ops-nav-messaging').click();
    await page.getByRole('heading', { name: m('ops.messaging.title') }).waitFor();
    await page.getByTestId('ops-measured').waitFor();
    expect(await page.getByTestId('ops-measured').locator('[data-calendar=islamic-umalqura]').textContent()).toMatch(/[٠-٩]/);
    await expect(page.getByTestId('ops-dead-letters-count').textContent()).resolves.toMatch(/[١-٩]/);
    expect(await page.locator('[data-testid=ops-consumers-table] tbody tr').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-testid=ops-consumers-table] tbody tr [data-partition]').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-testid=ops-relays-table] tbody tr').count()).toBeGreaterThan(0);
    // inboxes: a group per row, or none yet on a fresh instance (the kit's empty state)
    await page.locator('section[aria-labelledby=ops-inbox]').locator('[data-testid=ops-inbox-table], [role=status]').first().waitFor();
    await checkScreen(page, name('5-messaging'));

    // Dead letters: the poison's letters, why they failed; discarded with a reason, each letter's outcome shown.
    await page.getByRole('link', { name: m('ops.messaging.openDeadLetters') }).click();
    await page.getByRole('heading', { name: m('ops.letters.title') }).waitFor();
    for (const id of letters.A) {
      const letter = page.locator(`tr[data-letter="${id}"]`);
      await letter.waitFor();
      await expect(letter.textContent()).resolves.toContain('EligibilityAssessed');
      await expect(letter.textContent()).resolves.toContain(tenantName(A, 'ar'));
      await letter.getByRole('checkbox').check();
    }
    await expect(page.getByTestId('ops-selected').textContent()).resolves.toMatch(/^حُدّدت/);
    await checkScreen(page, name('6-dead-letters'));
    await page.getByTestId('ops-discard').click();
    await dialog.getByTestId('ops-reason').fill('malformed probe message of the operations console');
    await checkScreen(page, name('7-discard-confirm'));
    await dialog.getByTestId('ops-confirm').click();
    const outcomes = page.getByTestId('ops-letter-outcomes');
    await outcomes.waitFor();
    for (const id of letters.A) await expect(outcomes.locator(`[data-letter="${id}"]`).getAttribute('data-state')).resolves.toBe('discarded');
    await expect(outcomes.textContent()).resolves.toContain(m('ops.letters.outcome.discarded'));
    for (const id of letters.A) await page.locator(`[data-testid=ops-letters] tr[data-letter="${id}"]`).waitFor({ state: 'detached' });
    // the other association's letters are still open
    await page.locator(`[data-testid=ops-letters] tr[data-letter="${letters.B[0]}"]`).waitFor();
    await checkScreen(page, name('8-discarded'));

    // Among the discarded ones now.
    await choose(page, m('ops.filter.state'), m('ops.letters.state.discarded'));
    for (const id of letters.A) await page.locator(`[data-testid=ops-letters] tr[data-letter="${id}"]`).waitFor();
    await checkScreen(page, name('9-discarded-list'));
  });

  it("an association's administrator, in English on a phone, sees only its own association's workflows and dead letters", async () => {
    const m = (id: MessageId) => en[id];
    const name = (step: string) => `operations-en-phone-${step}`;
    const session = await signedIn(browser, ui, { tenantId: B, roles: ['tenant-admin'], language: 'en', viewport: 'phone', path: '/operations' });
    opened.push(session);
    const { page } = session;
    expect(await page.locator('html').getAttribute('dir')).toBe('ltr');
    await page.getByRole('heading', { name: m('ops.workflows.title') }).waitFor();
    // no association to choose, no messaging (platform data)
    expect(await page.getByRole('combobox', { name: m('ops.filter.tenant') }).count()).toBe(0);
    expect(await page.getByTestId('ops-nav-messaging').count()).toBe(0);
    await choose(page, m('ops.filter.status'), m('ops.risk.breached'));
    await page.waitForURL((url) => url.searchParams.get('status') === 'breached');
    const own = page.locator(`tr[data-workflow="${probes.ownB}"]`);
    // the filtered list replaces the unfiltered one (a loader in between): its own breached workflow once it has come
    await own.waitFor();
    const ownRows = page.locator('[data-testid=ops-workflows] tbody tr');
    for (let i = 0; i < 40 && [...(await tenantsOf(ownRows))].join() !== B; i += 1) await sleep(250);
    expect(await tenantsOf(ownRows)).toEqual(new Set([B]));
    await expect(own.getByTestId('late-by').textContent()).resolves.toMatch(/^5 hours(, \d+ minutes?)?$/);
    for (const other of [probes.otherA, probes.cancelA]) expect(await page.locator(`tr[data-workflow="${other}"]`).count()).toBe(0);
    await checkScreen(page, name('1-workflows'));

    // Its own workflow: signal and cancel, not terminate or reset (operations only).
    await own.getByRole('link').first().click();
    await page.getByTestId('ops-workflow').waitFor();
    await expect(page.getByTestId('workflow-status').textContent()).resolves.toBe(m('ops.status.Running'));
    expect(await page.getByTestId('ops-action-cancel').count()).toBe(1);
    expect(await page.getByTestId('ops-action-signal').count()).toBe(1);
    expect(await page.getByTestId('ops-action-terminate').count()).toBe(0);
    expect(await page.getByTestId('ops-action-reset').count()).toBe(0);
    await checkScreen(page, name('2-workflow'));

    // Another association's workflow, opened by its address: the same answer as an unknown one.
    await page.goto(`${ui.url}/operations/workflows/${probes.otherA}`);
    await page.getByRole('alert').waitFor();
    await expect(page.getByRole('alert').textContent()).resolves.not.toContain(probes.otherA.split('/')[2]);
    expect(await page.getByTestId('ops-workflow').count()).toBe(0);
    await checkScreen(page, name('3-other-tenant'));

    // Dead letters: its own poison's, and none of another association's.
    await page.getByTestId('ops-nav-deadLetters').click();
    await page.getByRole('heading', { name: m('ops.letters.title') }).waitFor();
    for (const id of letters.B) await page.locator(`[data-testid=ops-letters] tr[data-letter="${id}"]`).waitFor();
    expect(await tenantsOf(page.locator('[data-testid=ops-letters] tbody tr'))).toEqual(new Set([B]));
    await checkScreen(page, name('4-dead-letters'));
  });

  it('operations, in English on a desktop, cancels a breached workflow by keyboard alone and sees it cancelled', async () => {
    const m = (id: MessageId) => en[id];
    const session = await signedIn(browser, ui, {
      tenantId: A,
      roles: ['operations'],
      language: 'en',
      viewport: 'desktop',
      path: '/operations',
    });
    opened.push(session);
    const { page } = session;
    // the breached ones of Tuwaiq, by their address (sign-in returns to the path only)
    await page.goto(`${ui.url}/operations?status=breached&tenant=${A}`);
    await page.locator(`tr[data-workflow="${probes.cancelA}"]`).waitFor();
    await expect(page.locator(`tr[data-workflow="${probes.cancelA}"] [data-testid=late-by]`).textContent()).resolves.toMatch(/^1 day, 2 hours$/);
    await tabTo(page, `tr[data-workflow="${probes.cancelA}"] a`, 200);
    await page.keyboard.press('Enter');
    await page.getByTestId('ops-workflow').waitFor();
    await tabTo(page, '[data-testid=ops-action-cancel]', 60);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await dialog.getByText(m('ops.action.cancel.detail')).waitFor();
    await tabTo(page, '[data-testid=ops-reason]', 10);
    await page.keyboard.type('probe of the operations console: cancelled by keyboard');
    await tabTo(page, '[data-testid=ops-confirm]', 10);
    await page.keyboard.press('Enter');
    await page.getByTestId('ops-outcome').waitFor();
    await page.locator('[data-testid=workflow-status][data-status=Canceled]').waitFor({ timeout: 30_000 });
    await expect(page.getByTestId('workflow-status').textContent()).resolves.toBe(m('ops.status.Canceled'));
    await checkScreen(page, 'operations-en-desktop-keyboard-cancelled');
  });

  /** The failing activity's row once it has failed at least `attempts - 1` times (the page read again until then). */
  async function failingRow(page: Page, attempts: number): Promise<Locator> {
    const row = page.locator('[data-testid=ops-activities-table] tr[data-activity=recordServiceDeliveryEnd]');
    for (let i = 0; i < 60; i += 1) {
      if ((await row.count()) === 1 && Number(await row.getAttribute('data-attempt')) >= attempts) return row;
      await sleep(1000);
      await page.reload();
      await page.getByTestId('ops-workflow').waitFor();
    }
    throw new Error(`the activity never reached attempt ${attempts}`);
  }

  it('operations, in Arabic on a desktop: a failing activity shown with its attempts and last failure, retried now with a reason; then signalled and reset', async () => {
    const m = (id: MessageId) => ar[id];
    const name = (step: string) => `operations-ar-desktop-retry-${step}`;
    const session = await signedIn(browser, ui, { tenantId: A, roles: ['operations'], language: 'ar', viewport: 'desktop', path: '/operations' });
    opened.push(session);
    const { page } = session;
    await page.goto(`${ui.url}/operations/workflows/${probes.failingA}`);
    await page.getByTestId('ops-workflow').waitFor();
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    const row = await failingRow(page, 4);
    const before = Number(await row.getAttribute('data-attempt'));
    await expect(row.textContent()).resolves.toContain(`No service delivery for case ${probes.failingA.split('/')[2]} of ${A}`);
    expect(await row.locator('[data-calendar=islamic-umalqura]').textContent()).toMatch(/[٠-٩]/);
    await checkScreen(page, name('1-failing'));

    // Retry now: the reason is required (the API's reason in the field), then the attempt runs at once and counts from 1 again.
    await row.getByRole('button', { name: ar['ops.action.retryOf'].replace('{activity}', 'recordServiceDeliveryEnd') }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText(m('ops.action.retry.detail').replace('{activity}', 'recordServiceDeliveryEnd')).waitFor();
    await dialog.getByTestId('ops-reason').fill('x');
    await dialog.getByTestId('ops-confirm').click();
    await dialog.locator('[data-testid=ops-reason][aria-invalid=true]').waitFor();
    expect(await dialog.locator('.mantine-InputWrapper-error').textContent()).toMatch(/[\u0600-\u06FF]/);
    await checkScreen(page, name('2-reason-refused'));
    await dialog.getByTestId('ops-reason').fill('the delivery record is being restored; try the end again now');
    await dialog.getByTestId('ops-confirm').click();
    await page.locator('[data-testid=ops-outcome][data-action=activity-retry]').waitFor();
    await expect(page.getByTestId('ops-outcome').textContent()).resolves.toContain('طُلبت إعادة محاولة النشاط الآن');
    await checkScreen(page, name('3-retried'));
    let after = before;
    for (let i = 0; i < 30 && after >= before; i += 1) {
      if (i > 0) await sleep(500);
      after = (await temporal.workflow.getHandle(probes.failingA).describe()).raw.pendingActivities?.[0]?.attempt ?? before;
    }
    expect(after).toBeLessThan(before);

    // Signal it (a signal it does not define is recorded and ignored), then reset it to a new run.
    await page.getByTestId('ops-action-signal').click();
    await dialog.getByTestId('ops-signal').fill('noted');
    await dialog.getByTestId('ops-reason').fill('a nudge to see that the workflow still answers');
    await checkScreen(page, name('4-signal-confirm'));
    await dialog.getByTestId('ops-confirm').click();
    await page.locator('[data-testid=ops-outcome][data-action=workflow-signal]').waitFor();
    const runBefore = (await temporal.workflow.getHandle(probes.failingA).describe()).runId;
    await page.getByTestId('ops-action-reset').click();
    await dialog.getByText(m('ops.action.reset.detail')).waitFor();
    await dialog.getByTestId('ops-reason').fill('replay from the last good point after the record is back');
    await dialog.getByTestId('ops-confirm').click();
    await page.locator('[data-testid=ops-outcome][data-action=workflow-reset]').waitFor();
    await expect(page.getByTestId('ops-outcome').textContent()).resolves.toContain('أُعيد الضبط إلى تشغيل جديد');
    expect((await temporal.workflow.getHandle(probes.failingA).describe()).runId).not.toBe(runBefore);
    await checkScreen(page, name('5-reset'));
  });

  it("the association's administrator, in English on a phone, retries its own failing activity now", async () => {
    const m = (id: MessageId) => en[id];
    const session = await signedIn(browser, ui, { tenantId: A, roles: ['tenant-admin'], language: 'en', viewport: 'phone', path: '/operations' });
    opened.push(session);
    const { page } = session;
    await page.goto(`${ui.url}/operations/workflows/${probes.failingA2}`);
    await page.getByTestId('ops-workflow').waitFor();
    const row = await failingRow(page, 3);
    await expect(row.textContent()).resolves.toContain('No service delivery for case');
    expect(await page.getByTestId('ops-action-reset').count()).toBe(0);
    await checkScreen(page, 'operations-en-phone-retry-1-failing');
    await row.getByRole('button', { name: en['ops.action.retryOf'].replace('{activity}', 'recordServiceDeliveryEnd') }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText(m('ops.action.retry.detail').replace('{activity}', 'recordServiceDeliveryEnd')).waitFor();
    await dialog.getByTestId('ops-reason').fill('retrying after the delivery record was restored');
    await dialog.getByTestId('ops-confirm').click();
    await page.locator('[data-testid=ops-outcome][data-action=activity-retry]').waitFor();
    await expect(page.getByTestId('ops-outcome').textContent()).resolves.toContain('Retry asked for the activity and the action recorded');
    await checkScreen(page, 'operations-en-phone-retry-2-retried');
  });

  it('no page threw', () => {
    expect(opened.flatMap((s) => s.problems)).toEqual([]);
  });
});
