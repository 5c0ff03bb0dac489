// `npm run mail [-- --to <address>] [--wait <seconds>]`: the emails the platform sent, as the recipient
// reads them (from npm start's loopback mailbox, or the folder ATHAR_MAIL_DIR names), oldest first.
import { parseArgs } from 'node:util';
import { readMailbox, type ReceivedMail } from '@athar/launcher';
import { MAIL_DIR } from './service-pids';

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { to: { type: 'string' }, wait: { type: 'string', default: '0' } } });
  const dir = process.env.ATHAR_MAIL_DIR ?? MAIL_DIR;
  const deadline = Date.now() + Number(values.wait) * 1000;
  let mails: ReceivedMail[] = await readMailbox(dir, values.to);
  // --wait: the platform sends after the event is consumed, a moment after the request was answered.
  while (mails.length === 0 && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    mails = await readMailbox(dir, values.to);
  }
  if (mails.length === 0) {
    console.log(`no mail${values.to ? ` to ${values.to}` : ''} in ${dir}`);
    return;
  }
  for (const mail of mails) {
    console.log(`Date: ${mail.receivedAt}\nFrom: ${mail.from}\nTo: ${mail.to.join(', ')}\nSubject: ${mail.subject}\n\n${mail.text.trim()}\n`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
