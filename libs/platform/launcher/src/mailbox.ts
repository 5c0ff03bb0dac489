import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { REPO_ROOT } from './platform';
import type { SupervisedProcess } from './supervisor';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** One message as the person's mail program would show it. */
export interface ReceivedMail {
  file: string;
  from: string;
  to: string[];
  subject: string;
  text: string;
  html: string;
  headers: Record<string, string>;
  receivedAt: string;
}

/**
 * A mail server on loopback that keeps every message it is given as a file (`<n>.eml`) in one folder:
 * the mailbox of every applicant, for a local platform (`npm start`) and for the e2e tier. No network
 * mail leaves this machine; the files are read back with `readMailbox`.
 */
export class LoopbackMailbox {
  private constructor(
    private readonly server: SMTPServer,
    readonly port: number,
    readonly dir: string,
  ) {}

  static async start(dir: string, port = 0): Promise<LoopbackMailbox> {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    let sequence = readdirSync(dir).filter((f) => f.endsWith('.eml')).length;
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      size: 10 * 1024 * 1024,
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('error', callback);
        stream.on('end', () => {
          sequence += 1;
          const envelope = {
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((r) => r.address),
            receivedAt: new Date().toISOString(),
          };
          const name = String(sequence).padStart(6, '0');
          writeFileSync(join(dir, `${name}.json`), JSON.stringify(envelope), { mode: 0o600 });
          writeFileSync(join(dir, `${name}.eml`), Buffer.concat(chunks), { mode: 0o600 });
          callback();
        });
      },
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => resolve());
    });
    return new LoopbackMailbox(server, (server.server.address() as AddressInfo).port, dir);
  }

  /** The value for ATHAR_SMTP_URL. */
  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

/** Every message in a mailbox folder, oldest first, optionally only those to one address. */
export async function readMailbox(dir: string, to?: string): Promise<ReceivedMail[]> {
  let names: string[];
  try {
    names = readdirSync(dir)
      .filter((f) => f.endsWith('.eml'))
      .sort();
  } catch {
    return [];
  }
  const mails: ReceivedMail[] = [];
  for (const name of names) {
    const envelope = JSON.parse(readFileSync(join(dir, name.replace(/\.eml$/, '.json')), 'utf8')) as { from: string; to: string[]; receivedAt: string };
    if (to && !envelope.to.map((a) => a.toLowerCase()).includes(to.toLowerCase())) continue;
    const parsed = await simpleParser(readFileSync(join(dir, name)));
    const headers: Record<string, string> = {};
    for (const line of parsed.headerLines) headers[line.key] = line.line.slice(line.line.indexOf(':') + 1).trim();
    mails.push({
      file: name,
      from: envelope.from,
      to: envelope.to,
      subject: parsed.subject ?? '',
      text: parsed.text ?? '',
      html: typeof parsed.html === 'string' ? parsed.html : '',
      headers,
      receivedAt: envelope.receivedAt,
    });
  }
  return mails;
}

/** The default port of the local platform's mailbox (ATHAR_MAILBOX_PORT changes it). */
export const DEFAULT_MAILBOX_PORT = 2525;

/**
 * The loopback mailbox as a supervised process (npm start): restarted like a service if it crashes,
 * keeping its mail in `dir` (under the engines' run folder), listening on 127.0.0.1:`port`.
 */
export function mailboxProcess(dir: string, port: number, logFile: string): SupervisedProcess {
  return {
    name: 'mailbox',
    command: process.execPath,
    args: ['-r', '@swc-node/register', join(__dirname, 'mailbox-main.ts'), dir, String(port)],
    cwd: REPO_ROOT,
    env: {},
    logFile,
  };
}
