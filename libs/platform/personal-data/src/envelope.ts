import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { EncryptedField } from '@athar/contracts';

const ALGORITHM = 'aes-256-gcm';
const KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** A key that cannot decrypt: tampered ciphertext, a wrong key, or a value moved to another key id. */
export class UndecryptableError extends Error {
  constructor(what: string) {
    super(`Cannot decrypt ${what}: wrong key or tampered data`);
    this.name = 'UndecryptableError';
  }
}

export function newDataKey(): Buffer {
  return randomBytes(KEY_BYTES);
}

function assertKey(key: Buffer): void {
  if (key.length !== KEY_BYTES) throw new Error(`AES-256 needs a ${KEY_BYTES}-byte key, got ${key.length}`);
}

function seal(key: Buffer, plaintext: Buffer, aad: string): { iv: Buffer; ct: Buffer; tag: Buffer } {
  assertKey(key);
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv(ALGORITHM, key, iv);
  cipher.setAAD(Buffer.from(aad, 'utf8'));
  const ct = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return { iv, ct, tag: cipher.getAuthTag() };
}

function open(key: Buffer, parts: { iv: Buffer; ct: Buffer; tag: Buffer }, aad: string, what: string): Buffer {
  assertKey(key);
  try {
    // A full 128-bit tag only: Node would otherwise accept a truncated one.
    const decipher = createDecipheriv(ALGORITHM, key, parts.iv, { authTagLength: TAG_BYTES });
    decipher.setAAD(Buffer.from(aad, 'utf8'));
    decipher.setAuthTag(parts.tag);
    return Buffer.concat([decipher.update(parts.ct), decipher.final()]);
  } catch {
    throw new UndecryptableError(what);
  }
}

/** Where a field sits: the event type (or store record kind) and the dotted path of the field in it. */
export interface FieldContext {
  type: string;
  path: string;
}

/**
 * The authenticated data of a field envelope. v1 (before 2026-12): the key id only. v2: the key id,
 * the event type and the field's path, as a JSON array so no two contexts give the same bytes.
 */
function fieldAad(version: EncryptedField['enc'], keyId: string, context: FieldContext): string {
  return version === 'v1' ? keyId : JSON.stringify(['athar-field', 'v2', keyId, context.type, context.path]);
}

/**
 * One field's value (any JSON) encrypted with a data key (envelope v2). The key id, the event type
 * and the field's path are authenticated data: a ciphertext copied to another case, another event
 * type or another field does not decrypt.
 */
export function encryptField(dataKey: Buffer, keyId: string, value: unknown, context: FieldContext): EncryptedField {
  const { iv, ct, tag } = seal(dataKey, Buffer.from(JSON.stringify(value), 'utf8'), fieldAad('v2', keyId, context));
  return { enc: 'v2', keyId, iv: iv.toString('base64url'), ct: ct.toString('base64url'), tag: tag.toString('base64url') };
}

/** Opens a v2 envelope where it is found (`context`), or a v1 envelope (stored before v2: key id only). */
export function decryptField(dataKey: Buffer, field: EncryptedField, context: FieldContext): unknown {
  const parts = { iv: Buffer.from(field.iv, 'base64url'), ct: Buffer.from(field.ct, 'base64url'), tag: Buffer.from(field.tag, 'base64url') };
  return JSON.parse(open(dataKey, parts, fieldAad(field.enc, field.keyId, context), `${context.path} of ${field.keyId}`).toString('utf8')) as unknown;
}

const BYTES_FORMAT = 1;

/**
 * A whole byte string (a document file) sealed in one AES-256-GCM envelope: format byte, 96-bit IV,
 * 128-bit tag, ciphertext. `context` (what the bytes are and whose) is authenticated data, as is the
 * format byte. One envelope, not a chunked stream: files are at most 5 MB and already held in memory.
 */
export function encryptBytes(dataKey: Buffer, keyId: string, plaintext: Buffer, context: string): Buffer {
  const { iv, ct, tag } = seal(dataKey, plaintext, JSON.stringify(['athar-bytes', BYTES_FORMAT, keyId, context]));
  return Buffer.concat([Buffer.from([BYTES_FORMAT]), iv, tag, ct]);
}

export function decryptBytes(dataKey: Buffer, keyId: string, sealed: Buffer, context: string): Buffer {
  if (sealed.length < 1 + IV_BYTES + TAG_BYTES || sealed[0] !== BYTES_FORMAT) throw new UndecryptableError(`a file of ${keyId}`);
  const iv = sealed.subarray(1, 1 + IV_BYTES);
  const tag = sealed.subarray(1 + IV_BYTES, 1 + IV_BYTES + TAG_BYTES);
  const ct = sealed.subarray(1 + IV_BYTES + TAG_BYTES);
  return open(dataKey, { iv, ct, tag }, JSON.stringify(['athar-bytes', BYTES_FORMAT, keyId, context]), `a file of ${keyId}`);
}

/** A data key wrapped (encrypted) by its tenant's key, bound to the tenant and key id. */
export function wrapDataKey(tenantKey: Buffer, tenantId: string, keyId: string, dataKey: Buffer): string {
  const { iv, ct, tag } = seal(tenantKey, dataKey, `${tenantId}|${keyId}`);
  return [iv, ct, tag].map((b) => b.toString('base64url')).join('.');
}

export function unwrapDataKey(tenantKey: Buffer, tenantId: string, keyId: string, wrapped: string): Buffer {
  const [iv, ct, tag] = wrapped.split('.').map((p) => Buffer.from(p, 'base64url'));
  if (!iv || !ct || !tag) throw new UndecryptableError(`the data key ${keyId}`);
  return open(tenantKey, { iv, ct, tag }, `${tenantId}|${keyId}`, `the data key ${keyId}`);
}
