import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { Pool } from 'pg';
import { SMTPServer } from 'smtp-server';
import { ChannelNotifier } from './channel-notifier';
import type { Notification } from './notifier.port';
import { PostgresOutbox } from './postgres-outbox';

jest.setTimeout(30_000);

/** Decodes every base64 part of a raw MIME message (nodemailer is told to use base64 for text). */
function decodedParts(raw: string): string {
  return [...raw.matchAll(/Content-Transfer-Encoding: base64\r?\n\r?\n([A-Za-z0-9+/=\r\n]+)/g)]
    .map((m) => Buffer.from(m[1].replace(/\s/g, ''), 'base64').toString('utf8'))
    .join('\n');
}

describe('ChannelNotifier against a real SMTP server on loopback and the PostgreSQL outbox', () => {
  const received: Array<{ from: string; to: string[]; raw: string }> = [];
  let smtp: SMTPServer;
  let port: number;
  const pool = new Pool({ connectionString: process.env.ATHAR_PG_URL ?? 'postgres://athar:athar@127.0.0.1:15432/athar' });
  const schema = `it_notify_${randomUUID().slice(0, 8)}`;
  const outbox = new PostgresOutbox(pool, schema);
  let notifier: ChannelNotifier;

  const message = (patch: Partial<Notification> = {}): Notification => ({
    tenantId: 'awj',
    caseId: randomUUID(),
    channel: 'email',
    to: 'sara@example.org',
    subject: { ar: 'استلام طلبك', en: 'Your request was received' },
    body: { ar: 'استلمنا طلبك رقم AWJ-1448-000001.', en: 'We received your request AWJ-1448-000001.' },
    correlationId: randomUUID(),
    idempotencyKey: randomUUID(),
    ...patch,
  });

  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          received.push({
            from: String(session.envelope.mailFrom && session.envelope.mailFrom.address),
            to: session.envelope.rcptTo.map((r) => r.address),
            raw: Buffer.concat(chunks).toString('utf8'),
          });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    port = (smtp.server.address() as AddressInfo).port;
    await outbox.ensureSchema();
    notifier = new ChannelNotifier(outbox, { url: `smtp://127.0.0.1:${port}`, from: 'athar@athar.local' });
  });

  afterAll(async () => {
    notifier.close();
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
    await pool.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await pool.end();
  });

  it('sends an email with Arabic first and English below, UTF-8 intact, and records it', async () => {
    const receipt = await notifier.send(message());
    expect(receipt.status).toBe('sent');
    expect(received).toHaveLength(1);
    expect(received[0]).toMatchObject({ from: 'athar@athar.local', to: ['sara@example.org'] });
    const text = decodedParts(received[0].raw);
    expect(text).toContain('استلمنا طلبك رقم AWJ-1448-000001.');
    expect(text).toContain('We received your request AWJ-1448-000001.');
    expect(text).toMatch(/dir="rtl"[\s\S]*dir="ltr"/);
    expect((await outbox.list('awj', { recipient: 'sara@example.org' })).map((m) => m.channel)).toEqual(['email']);
  });

  it('delivers once per idempotency key', async () => {
    const first = message();
    const before = received.length;
    await notifier.send(first);
    expect((await notifier.send(first)).status).toBe('duplicate');
    expect(received.length).toBe(before + 1);
  });

  it('keeps SMS in the outbox, readable back per tenant only, with its segment count', async () => {
    const sms = message({ channel: 'sms', to: '+966512345678', tenantId: 'tuwaiq' });
    expect((await notifier.send(sms)).status).toBe('sent');
    expect((await notifier.send(sms)).status).toBe('duplicate');
    const [stored] = await outbox.list('tuwaiq', { recipient: '+966512345678' });
    expect(stored.body).toContain('استلمنا طلبك');
    expect(stored.segments).toBeGreaterThan(1);
    expect(await outbox.list('awj', { recipient: '+966512345678' })).toEqual([]);
  });

  it('records nothing when the SMTP server cannot be reached, so a retry sends it', async () => {
    const broken = new ChannelNotifier(outbox, { url: 'smtp://127.0.0.1:1', from: 'athar@athar.local' });
    const attempt = message();
    await expect(broken.send(attempt)).rejects.toThrow();
    broken.close();
    expect((await notifier.send(attempt)).status).toBe('sent');
  });
});
