import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTransport } from 'nodemailer';
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { LoopbackMailbox, mailboxProcess, readMailbox } from './mailbox';

describe('LoopbackMailbox: the local mail server applicants read their email from', () => {
  it('keeps each message it is sent and reads it back decoded, Arabic subject and body included, per recipient', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'athar-mailbox-')), 'mail');
    const mailbox = await LoopbackMailbox.start(dir);
    const transport = createTransport(mailbox.url);
    try {
      await transport.sendMail({
        from: 'no-reply@athar.test',
        to: 'sara@example.org',
        subject: 'استلام الطلب | Request received',
        text: 'استلمنا طلبك رقم AWJ-1448-000001',
        textEncoding: 'base64',
      });
      await transport.sendMail({ from: 'no-reply@athar.test', to: 'omar@example.org', subject: 'other', text: 'other' });
      const sara = await readMailbox(dir, 'SARA@example.org');
      expect(sara).toHaveLength(1);
      expect(sara[0]).toMatchObject({ from: 'no-reply@athar.test', to: ['sara@example.org'], subject: 'استلام الطلب | Request received' });
      expect(sara[0].text).toContain('استلمنا طلبك رقم AWJ-1448-000001');
      expect(await readMailbox(dir)).toHaveLength(2);
      expect(await readMailbox(join(dir, 'absent'))).toEqual([]);
    } finally {
      transport.close();
      await mailbox.close();
    }
  });

  it("runs as npm start's supervised process: listens on its port and keeps the mail in its folder", async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'athar-mailbox-')), 'mail');
    const port = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const { port: free } = probe.address() as { port: number };
        probe.close(() => resolve(free));
      });
    });
    const spec = mailboxProcess(dir, port, join(dir, '..', 'mailbox.log'));
    const child = spawn(spec.command, spec.args, { cwd: spec.cwd, env: { ...process.env, ...spec.env }, stdio: ['ignore', 'pipe', 'inherit'] });
    try {
      await new Promise<void>((resolve, reject) => {
        child.stdout.on('data', (chunk: Buffer) => (chunk.toString().includes('listening') ? resolve() : undefined));
        child.once('exit', (code) => reject(new Error(`mailbox exited with ${code}`)));
      });
      const transport = createTransport(`smtp://127.0.0.1:${port}`);
      await transport.sendMail({ from: 'no-reply@athar.test', to: 'reem@example.org', subject: 'استلام الطلب', text: 'استلمنا طلبك' });
      transport.close();
      expect((await readMailbox(dir, 'reem@example.org')).map((m) => m.subject)).toEqual(['استلام الطلب']);
    } finally {
      child.kill('SIGTERM');
    }
  }, 60_000);
});
