import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';

const DEVELOPMENT_SECRET = 'athar-development-only-idempotency-secret';
const MIN_SECRET_LENGTH = 32;

/**
 * The keys of the idempotency store, derived (HKDF-SHA256) from one secret held in configuration,
 * never in the database: `ATHAR_IDEMPOTENCY_SECRET` (at least 32 characters). Without it a
 * development secret is used, which `NODE_ENV=production` refuses (as ATHAR_PERSON_KEY_SECRET).
 *
 * - `fingerprint` is an HMAC-SHA256: a request body (the erase-a-person body holds only a 10-digit ID)
 *   cannot be recovered from its fingerprint by trying every ID without the secret.
 * - `seal`/`open` is AES-256-GCM with the row's id as associated data: a stored answer (a document's
 *   file name, a case number) is unreadable without the secret, and cannot be moved to another row.
 */
export class IdempotencySecrets {
  private readonly macKey: Buffer;
  private readonly sealKey: Buffer;

  constructor(secret: string) {
    this.macKey = Buffer.from(hkdfSync('sha256', secret, 'athar-idempotency', 'fingerprint', 32));
    this.sealKey = Buffer.from(hkdfSync('sha256', secret, 'athar-idempotency', 'seal', 32));
  }

  static fromEnv(env: NodeJS.ProcessEnv = process.env): IdempotencySecrets {
    const configured = env.ATHAR_IDEMPOTENCY_SECRET?.trim();
    if (!configured) {
      if (env.NODE_ENV === 'production') throw new Error('ATHAR_IDEMPOTENCY_SECRET must be set in production (at least 32 characters)');
      return new IdempotencySecrets(DEVELOPMENT_SECRET);
    }
    if (configured.length < MIN_SECRET_LENGTH) throw new Error(`ATHAR_IDEMPOTENCY_SECRET must be at least ${MIN_SECRET_LENGTH} characters`);
    if (configured === DEVELOPMENT_SECRET && env.NODE_ENV === 'production')
      throw new Error('ATHAR_IDEMPOTENCY_SECRET is the development secret, refused in production');
    return new IdempotencySecrets(configured);
  }

  /** Keyed fingerprint of parts (each length-prefixed, so no two lists of parts share one). */
  fingerprint(...parts: ReadonlyArray<string | Buffer>): string {
    const mac = createHmac('sha256', this.macKey);
    for (const part of parts) {
      const bytes = typeof part === 'string' ? Buffer.from(part, 'utf8') : part;
      const length = Buffer.alloc(8);
      length.writeBigUInt64BE(BigInt(bytes.length));
      mac.update(length).update(bytes);
    }
    return mac.digest('hex');
  }

  seal(rowId: string, plaintext: Buffer): Buffer {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.sealKey, iv);
    cipher.setAAD(Buffer.from(rowId, 'utf8'));
    const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
    return Buffer.concat([iv, cipher.getAuthTag(), body]);
  }

  open(rowId: string, sealed: Buffer): Buffer {
    const decipher = createDecipheriv('aes-256-gcm', this.sealKey, sealed.subarray(0, 12));
    decipher.setAAD(Buffer.from(rowId, 'utf8'));
    decipher.setAuthTag(sealed.subarray(12, 28));
    return Buffer.concat([decipher.update(sealed.subarray(28)), decipher.final()]);
  }
}
