import { createHmac } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';

const DEVELOPMENT_SECRET = 'athar-development-only-person-key';

/** ATHAR_PERSON_KEY_SECRET: required in production; null elsewhere means the development secret. */
export function personKeySecretFromEnv(env: NodeJS.ProcessEnv = process.env): string | null {
  const configured = env.ATHAR_PERSON_KEY_SECRET || null;
  if (!configured && env.NODE_ENV === 'production') throw new Error('ATHAR_PERSON_KEY_SECRET must be set in production');
  return configured;
}

/**
 * Keyed hashes (HMAC-SHA256) of national IDs and tenant ids. They let the platform tell that two
 * requests are from the same person, or that a person was served by another association, without
 * storing the ID in a stream name and without revealing which association. Without the secret
 * (ATHAR_PERSON_KEY_SECRET) the hashes cannot be reversed by trying every ID.
 */
@Injectable()
export class PersonKeys {
  private readonly secret: string;

  constructor() {
    const configured = personKeySecretFromEnv();
    if (!configured) new Logger(PersonKeys.name).warn('ATHAR_PERSON_KEY_SECRET not set: using the development secret');
    this.secret = configured ?? DEVELOPMENT_SECRET;
  }

  person(nationalId: string): string {
    return createHmac('sha256', this.secret).update(`person:${nationalId}`).digest('hex').slice(0, 32);
  }

  /** A public-link applicant's subject: bound to the confirmed mobile (E.164), not reversible without the secret (docs/adr/0024). */
  mobile(normalisedMobile: string): string {
    return createHmac('sha256', this.secret).update(`mobile:${normalisedMobile}`).digest('hex').slice(0, 32);
  }

  /** A keyed hash for anything else kept only to be compared (client addresses in rate windows, confirmation codes). */
  tag(purpose: string, value: string): string {
    return createHmac('sha256', this.secret).update(`${purpose}:${value}`).digest('hex');
  }

  tenant(tenantId: string): string {
    return createHmac('sha256', this.secret).update(`tenant:${tenantId}`).digest('hex').slice(0, 32);
  }
}
