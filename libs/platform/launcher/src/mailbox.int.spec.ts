import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTransport } from 'nodemailer';
import { LoopbackMailbox, readMailbox } from './mailbox';

describe('LoopbackMailbox: the local mail server applicants read their email from', () => {
  it('keeps each message it is sent and reads it back decoded, Arabic subject and body included, per recipient', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'athar-mailbox-')), 'mail');
    const mailbox = await LoopbackMailbox.start(dir);
    const transport = createTransport(mailbox.url);
    try {
      await transport.sendMail({ from: 'no-reply@athar.test', to: 'sara@example.org', subject: 'استلام الطلب | Request received', text: 'استلمنا طلبك رقم AWJ-1448-000001', textEncoding: 'base64' });
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
});
