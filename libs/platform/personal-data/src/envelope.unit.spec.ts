import { decryptField, encryptField, newDataKey, UndecryptableError, unwrapDataKey, wrapDataKey } from './envelope';

describe('field envelopes (AES-256-GCM, random 96-bit IV, authenticated key id)', () => {
  const key = newDataKey();

  it.each([['text', 'سارة العتيبي'], ['digits', '1000000008'], ['an object', { postalCode: '32241' }], ['null', null]])('round-trips %s', (_name, value) => {
    expect(decryptField(key, encryptField(key, 'case:1', value))).toEqual(value);
  });

  it('stores no plaintext and never repeats an IV for the same value', () => {
    const a = encryptField(key, 'case:1', 'سارة العتيبي');
    const b = encryptField(key, 'case:1', 'سارة العتيبي');
    expect(JSON.stringify(a)).not.toContain('سارة');
    expect(Buffer.from(a.iv, 'base64url')).toHaveLength(12);
    expect(a.iv).not.toBe(b.iv);
    expect(a.ct).not.toBe(b.ct);
  });

  const sealed = encryptField(key, 'case:1', '1000000008');
  const flip = (text: string) => {
    const bytes = Buffer.from(text, 'base64url');
    bytes[0] ^= 1;
    return bytes.toString('base64url');
  };
  it.each([
    ['a tampered ciphertext', key, { ...sealed, ct: flip(sealed.ct) }],
    ['a tampered tag', key, { ...sealed, tag: flip(sealed.tag) }],
    ['a tampered IV', key, { ...sealed, iv: flip(sealed.iv) }],
    ['a ciphertext moved to another case', key, { ...sealed, keyId: 'case:2' }],
    ['another key', newDataKey(), sealed],
  ])('refuses %s', (_name, withKey, field) => {
    expect(() => decryptField(withKey, field)).toThrow(UndecryptableError);
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
    expect(() => encryptField(Buffer.alloc(16), 'case:1', 'x')).toThrow(/32-byte key/);
  });
});
