import { createHash } from 'node:crypto';
import type { EncryptedField } from '@athar/contracts';
import { decryptBytes, decryptField, encryptBytes, encryptField, newDataKey, UndecryptableError, unwrapDataKey, wrapDataKey } from './envelope';

const at = (path: string, type = 'ApplicationSubmitted') => ({ type, path });

describe('field envelopes (AES-256-GCM, random 96-bit IV, authenticated key id, event type and field path)', () => {
  const key = newDataKey();

  it.each([
    ['text', 'سارة العتيبي'],
    ['digits', '1000000008'],
    ['an object', { postalCode: '32241' }],
    ['null', null],
  ])('round-trips %s', (_name, value) => {
    expect(decryptField(key, encryptField(key, 'case:1', value, at('applicant.fullName')), at('applicant.fullName'))).toEqual(value);
  });

  it('writes envelope v2, stores no plaintext and never repeats an IV for the same value', () => {
    const a = encryptField(key, 'case:1', 'سارة العتيبي', at('applicant.fullName'));
    const b = encryptField(key, 'case:1', 'سارة العتيبي', at('applicant.fullName'));
    expect(a.enc).toBe('v2');
    expect(JSON.stringify(a)).not.toContain('سارة');
    expect(Buffer.from(a.iv, 'base64url')).toHaveLength(12);
    expect(a.iv).not.toBe(b.iv);
    expect(a.ct).not.toBe(b.ct);
  });

  const sealed = encryptField(key, 'case:1', '1000000008', at('applicant.nationalId'));
  const flip = (text: string) => {
    const bytes = Buffer.from(text, 'base64url');
    bytes[0] ^= 1;
    return bytes.toString('base64url');
  };
  it.each([
    ['a tampered ciphertext', key, { ...sealed, ct: flip(sealed.ct) }, at('applicant.nationalId')],
    ['a tampered tag', key, { ...sealed, tag: flip(sealed.tag) }, at('applicant.nationalId')],
    ['a truncated tag', key, { ...sealed, tag: Buffer.from(sealed.tag, 'base64url').subarray(0, 4).toString('base64url') }, at('applicant.nationalId')],
    ['a tampered IV', key, { ...sealed, iv: flip(sealed.iv) }, at('applicant.nationalId')],
    ['a ciphertext moved to another case', key, { ...sealed, keyId: 'case:2' }, at('applicant.nationalId')],
    ['a ciphertext moved to another field of the event', key, sealed, at('applicant.mobile')],
    ['a ciphertext moved to another event type', key, sealed, at('applicant.nationalId', 'ApplicationDetailsUpdated')],
    ['a v2 ciphertext relabelled v1 (stripping the path binding)', key, { ...sealed, enc: 'v1' as const }, at('applicant.nationalId')],
    ['another key', newDataKey(), sealed, at('applicant.nationalId')],
  ])('refuses %s', (_name, withKey, field, context) => {
    expect(() => decryptField(withKey, field, context)).toThrow(UndecryptableError);
  });

  it('swapping two fields of one event fails authentication both ways', () => {
    const name = encryptField(key, 'case:1', 'سارة العتيبي', at('applicant.fullName'));
    const id = encryptField(key, 'case:1', '1000000008', at('applicant.nationalId'));
    expect(() => decryptField(key, id, at('applicant.fullName'))).toThrow(UndecryptableError);
    expect(() => decryptField(key, name, at('applicant.nationalId'))).toThrow(UndecryptableError);
  });

  it('still opens envelopes stored before v2 (v1: the key id alone authenticated), wherever they are', () => {
    // Written by the v1 code with the key 0x07 × 32, kept literally: stored events hold such envelopes.
    const v1Key = Buffer.alloc(32, 7);
    const keyId = 'case:3f1c0c5e-8f55-4a57-9d5c-0d8c1c3b2a10';
    const name: EncryptedField = { enc: 'v1', keyId, iv: 'L3opyMLqolg4X596', ct: 'cTN5lqbq_qeUR988gDogOU3U5dAWJGXn-Q', tag: 'smyj6o8azHFWt3SolBPn_g' };
    const nationalId: EncryptedField = { enc: 'v1', keyId, iv: 'M716FkQ_N85o6lGX', ct: 'yHJFHZeIUeEE_nlg', tag: 'lKyyAC7H80Y1CM6p8ZY5rQ' };
    expect(decryptField(v1Key, name, at('applicant.fullName'))).toBe('سارة العتيبي');
    expect(decryptField(v1Key, nationalId, at('applicant.nationalId'))).toBe('1000000008');
    expect(() => decryptField(v1Key, { ...name, keyId: 'case:other' }, at('applicant.fullName'))).toThrow(UndecryptableError);
    expect(() => decryptField(v1Key, { ...name, enc: 'v2' }, at('applicant.fullName'))).toThrow(UndecryptableError);
  });

  it('wraps a data key for one tenant and key id only', () => {
    const tenantKey = newDataKey();
    const wrapped = wrapDataKey(tenantKey, 'awj', 'case:1', key);
    expect(unwrapDataKey(tenantKey, 'awj', 'case:1', wrapped).equals(key)).toBe(true);
    expect(() => unwrapDataKey(tenantKey, 'tuwaiq', 'case:1', wrapped)).toThrow(UndecryptableError);
    expect(() => unwrapDataKey(tenantKey, 'awj', 'case:2', wrapped)).toThrow(UndecryptableError);
    expect(() => unwrapDataKey(newDataKey(), 'awj', 'case:1', wrapped)).toThrow(UndecryptableError);
    expect(() => unwrapDataKey(tenantKey, 'awj', 'case:1', 'garbage')).toThrow(UndecryptableError);
  });

  it('refuses keys that are not 256 bits', () => {
    expect(() => encryptField(Buffer.alloc(16), 'case:1', 'x', at('a'))).toThrow(/32-byte key/);
  });
});

describe('byte envelopes (document files: one AES-256-GCM envelope per file)', () => {
  const key = newDataKey();
  const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from('هوية وطنية MARKER-1000000008 '.repeat(20_000)), Buffer.from('\n%%EOF\n')]);
  const context = `document|awj|case-1|${createHash('sha256').update(pdf).digest('hex')}`;

  it('round-trips a multi-megabyte file and holds none of its plaintext', () => {
    const sealed = encryptBytes(key, 'case:case-1', pdf, context);
    expect(sealed.length).toBe(pdf.length + 1 + 12 + 16);
    expect(sealed.includes(Buffer.from('MARKER-1000000008'))).toBe(false);
    expect(sealed.includes(Buffer.from('%PDF'))).toBe(false);
    expect(decryptBytes(key, 'case:case-1', sealed, context).equals(pdf)).toBe(true);
  });

  it.each([
    ['a flipped byte', (s: Buffer) => Buffer.from(s.map((b, i) => (i === s.length - 1 ? b ^ 1 : b))), 'case:case-1', context],
    ['a truncated file', (s: Buffer) => s.subarray(0, s.length - 100), 'case:case-1', context],
    ['an unknown format byte', (s: Buffer) => Buffer.concat([Buffer.from([9]), s.subarray(1)]), 'case:case-1', context],
    ['a file moved to another case', (s: Buffer) => s, 'case:case-2', context],
    ['a file presented as another document', (s: Buffer) => s, 'case:case-1', `${context}x`],
    ['a stub too short to hold an envelope', () => Buffer.from([1, 2, 3]), 'case:case-1', context],
  ])('refuses %s', (_name, tamper, keyId, ctx) => {
    const sealed = encryptBytes(key, 'case:case-1', pdf, context);
    expect(() => decryptBytes(key, keyId, tamper(sealed), ctx)).toThrow(UndecryptableError);
  });
});
