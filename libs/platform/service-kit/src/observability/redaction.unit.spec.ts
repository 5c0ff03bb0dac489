import pino from 'pino';
import { Writable } from 'node:stream';
import { censorPersonal, redactUrl } from './redaction';

describe('log redaction: no personal value reaches a log line', () => {
  it.each([
    ['/notifications/outbox?recipient=%2B966512345678&limit=5', '/notifications/outbox?recipient=[redacted]&limit=[redacted]'],
    ['/applications/abc?purpose=case-handling', '/applications/abc?purpose=[redacted]'],
    ['/applications?1000000008=x', '/applications?[redacted]=[redacted]'],
    ['/health/ready', '/health/ready'],
    ['/x?', '/x?'],
  ])('logs %s as %s', (url, logged) => {
    expect(redactUrl(url)).toBe(logged);
  });

  it('censors personal fields at any depth a log line uses, and keeps the rest', () => {
    const lines: string[] = [];
    const sink = new Writable({ write: (chunk: Buffer, _encoding, done) => (lines.push(chunk.toString()), done()) });
    const logger = pino({ formatters: { log: (fields) => censorPersonal(fields) as Record<string, unknown> } }, sink);
    logger.info({
      caseId: 'case-1',
      applicant: { fullName: 'سارة العتيبي', nationalId: '1000000008' },
      event: { data: { contact: { mobile: '+966512345678' }, recipient: 'a@b.sa' } },
      err: { details: { body: { nationalId: '1000000008' } } },
      query: { recipient: '+966512345678' },
      list: [{ email: 'a@b.sa' }],
    });
    const error = Object.assign(new Error('duplicate'), { detail: { nationalId: '1000000008' } });
    logger.error({ err: error }, 'failed');
    const line = lines.join('');
    for (const secret of ['سارة', '1000000008', '512345678', 'a@b.sa']) expect(line).not.toContain(secret);
    expect(JSON.parse(lines[0] ?? '')).toMatchObject({
      caseId: 'case-1',
      applicant: '[redacted]',
      event: { data: { contact: '[redacted]', recipient: '[redacted]' } },
    });
    expect(JSON.parse(lines[1] ?? '')).toMatchObject({ msg: 'failed', err: { message: 'duplicate', detail: { nationalId: '[redacted]' } } });
  });
});
