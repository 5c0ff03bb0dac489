import { createHash } from 'node:crypto';
import { IdempotencySecrets } from './idempotency.secrets';

describe('IdempotencySecrets (ADR 0023)', () => {
  it.each([
    ['production without a secret', { NODE_ENV: 'production' }, /must be set in production/],
    [
      'production with the development secret',
      { NODE_ENV: 'production', ATHAR_IDEMPOTENCY_SECRET: 'athar-development-only-idempotency-secret' },
      /development secret/,
    ],
    ['a short secret', { ATHAR_IDEMPOTENCY_SECRET: 'short' }, /at least 32/],
  ])('refuses %s', (_name, env, message) => {
    expect(() => IdempotencySecrets.fromEnv(env as NodeJS.ProcessEnv)).toThrow(message);
  });

  it('uses a development secret outside production, and a configured one in production', () => {
    expect(() => IdempotencySecrets.fromEnv({})).not.toThrow();
    expect(() => IdempotencySecrets.fromEnv({ NODE_ENV: 'production', ATHAR_IDEMPOTENCY_SECRET: 'x'.repeat(32) })).not.toThrow();
  });

  it('fingerprints with a key: not the plain SHA-256, different per secret, unambiguous in its parts', () => {
    const a = new IdempotencySecrets('a'.repeat(32));
    const b = new IdempotencySecrets('b'.repeat(32));
    const body = '{"nationalId":"1000000008"}';
    expect(a.fingerprint(body)).not.toBe(createHash('sha256').update(body).digest('hex'));
    expect(a.fingerprint(body)).not.toBe(b.fingerprint(body));
    expect(a.fingerprint('ab', 'c')).not.toBe(a.fingerprint('a', 'bc'));
  });

  it('seals an answer to its row: opened only with the same secret and row id', () => {
    const a = new IdempotencySecrets('a'.repeat(32));
    const sealed = a.seal('row-1', Buffer.from('هوية.pdf'));
    expect(sealed.includes(Buffer.from('هوية.pdf'))).toBe(false);
    expect(a.open('row-1', sealed).toString()).toBe('هوية.pdf');
    expect(() => a.open('row-2', sealed)).toThrow();
    expect(() => new IdempotencySecrets('b'.repeat(32)).open('row-1', sealed)).toThrow();
  });
});
