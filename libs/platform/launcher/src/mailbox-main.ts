// The loopback mailbox as a process of its own (npm start supervises it): `mailbox-main.ts <dir> <port>`.
import { LoopbackMailbox } from './mailbox';

const [dir, port] = process.argv.slice(2);
if (!dir || !port) throw new Error('usage: mailbox-main.ts <dir> <port>');
void LoopbackMailbox.start(dir, Number(port)).then((mailbox) => {
  console.log(JSON.stringify({ msg: 'loopback mailbox listening', url: mailbox.url, dir }));
  const stop = (): void => void mailbox.close().then(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
});
