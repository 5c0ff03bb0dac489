import { HttpException, HttpStatus, Inject, Injectable } from '@nestjs/common';
import type { Response } from 'express';
import { TenantRegistry, type RequestLimit } from '@athar/tenancy';
import { PersonKeys } from '../submit-application/person-keys';
import { PublicLinkStore } from './public-link.store';

export const PUBLIC_LINK_STORE = Symbol('PUBLIC_LINK_STORE');

export interface PublicLinkLimitSettings {
  /** Requests a client address may make on one tenant's link (each would send a code by SMS). */
  perAddress: RequestLimit;
  /** Codes one mobile number may be sent by one tenant's link (SMS pumping, someone else's phone). */
  perMobile: RequestLimit;
}

/** An hour's requests from one address (a family or an office behind one address still fits), five codes a day to one mobile. */
export const DEFAULT_PUBLIC_LINK_LIMITS: PublicLinkLimitSettings = {
  perAddress: { max: 60, windowSeconds: 3600 },
  perMobile: { max: 5, windowSeconds: 86_400 },
};

function readLimit(env: NodeJS.ProcessEnv, name: string, fallback: RequestLimit): RequestLimit {
  const text = env[name];
  if (text === undefined || text === '') return fallback;
  const match = /^(\d{1,6})\/(\d{1,6})$/.exec(text.trim());
  const max = Number(match?.[1]);
  const windowSeconds = Number(match?.[2]);
  if (!match || max < 1 || windowSeconds < 1 || windowSeconds > 7 * 24 * 3600) {
    throw new Error(`${name} must read MAX/WINDOW_SECONDS, e.g. 60/3600 (a window of at most a week)`);
  }
  return { max, windowSeconds };
}

/** The platform's limits (ATHAR_PUBLIC_LIMIT_PER_ADDRESS, ATHAR_PUBLIC_LIMIT_PER_MOBILE as MAX/WINDOW_SECONDS); a tenant's policy may set its own. */
export function publicLinkLimitsFromEnv(env: NodeJS.ProcessEnv = process.env): PublicLinkLimitSettings {
  return {
    perAddress: readLimit(env, 'ATHAR_PUBLIC_LIMIT_PER_ADDRESS', DEFAULT_PUBLIC_LINK_LIMITS.perAddress),
    perMobile: readLimit(env, 'ATHAR_PUBLIC_LIMIT_PER_MOBILE', DEFAULT_PUBLIC_LINK_LIMITS.perMobile),
  };
}

const REASONS = {
  address: {
    ar: (minutes: number) => `طلبات كثيرة من هذا العنوان عبر رابط التقديم، أعد المحاولة بعد ${minutes} دقيقة`,
    en: (minutes: number) => `Too many requests from this address on the application link; retry in ${minutes} min`,
  },
  mobile: {
    ar: (minutes: number) => `أُرسلت رموز كثيرة إلى رقم الجوال هذا، أعد المحاولة بعد ${minutes} دقيقة`,
    en: (minutes: number) => `Too many codes were sent to this mobile number; retry in ${minutes} min`,
  },
};

/**
 * The public link's abuse limits (docs/adr/0024), counted in PostgreSQL so every replica shares them:
 * per client address (`request.ip`, which names a forwarded client only through a trusted proxy,
 * ATHAR_TRUST_PROXY) and per mobile number, each per tenant. The keys are keyed hashes, never the
 * address or number itself. Over the limit: 429 with Retry-After and the reason in Arabic and English.
 */
@Injectable()
export class PublicLinkLimits {
  private readonly platform = publicLinkLimitsFromEnv();

  constructor(
    @Inject(PUBLIC_LINK_STORE) private readonly store: PublicLinkStore,
    private readonly tenants: TenantRegistry,
    private readonly keys: PersonKeys,
  ) {}

  limitsFor(tenantId: string): PublicLinkLimitSettings {
    const own = this.tenants.get(tenantId).publicLink;
    return { perAddress: own?.perAddress ?? this.platform.perAddress, perMobile: own?.perMobile ?? this.platform.perMobile };
  }

  checkAddress(tenantId: string, address: string | undefined): Promise<void> {
    return this.check('address', `address:${tenantId}:${this.keys.tag('client-address', address ?? 'unknown')}`, this.limitsFor(tenantId).perAddress);
  }

  /** The way back to a draft (docs/adr/0026): its own window per address, at the same limit, so uploads do not eat the budget for applying. */
  checkReturnAddress(tenantId: string, address: string | undefined): Promise<void> {
    return this.check(
      'address',
      `return-address:${tenantId}:${this.keys.tag('client-address', address ?? 'unknown')}`,
      this.limitsFor(tenantId).perAddress,
    );
  }

  checkMobile(tenantId: string, mobileKey: string): Promise<void> {
    return this.check('mobile', `mobile:${tenantId}:${mobileKey}`, this.limitsFor(tenantId).perMobile);
  }

  private async check(kind: keyof typeof REASONS, key: string, limit: RequestLimit): Promise<void> {
    const { hits, secondsLeft } = await this.store.hit(key, limit);
    if (hits <= limit.max) return;
    const minutes = Math.ceil(secondsLeft / 60);
    throw new PublicLinkLimitExceeded(secondsLeft, {
      code: `public-link-limit-${kind}`,
      message: { ar: REASONS[kind].ar(minutes), en: REASONS[kind].en(minutes) },
    });
  }
}

/** 429 over a public-link limit, with when to try again (the HTTP side sets Retry-After from it). */
export class PublicLinkLimitExceeded extends HttpException {
  constructor(
    readonly retryAfterSeconds: number,
    body: { code: string; message: { ar: string; en: string } },
  ) {
    super(body, HttpStatus.TOO_MANY_REQUESTS);
  }
}

/** The work's answer; when a public-link limit refused it, the response says when to try again (Retry-After). */
export async function answeringRetryAfter<T>(response: Response, work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof PublicLinkLimitExceeded) response.setHeader('Retry-After', String(error.retryAfterSeconds));
    throw error;
  }
}
