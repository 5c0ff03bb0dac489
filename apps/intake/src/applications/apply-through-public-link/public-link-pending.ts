import type { Bilingual } from '@athar/contracts';
import type { PersonKeys } from '../submit-application/person-keys';
import type { SubmitApplicationDto } from '../submit-application/submit-application.dto';

/** A code is good for ten minutes and five tries (docs/adr/0024). */
export const CODE_TTL_MS = 10 * 60 * 1000;
export const MAX_CODE_ATTEMPTS = 5;

export type Consent = { accepted: boolean; termsVersion: number };
export type Client = { userAgent: string | null; ip: string | null };

/** What waits, sealed with the future case's key, until the mobile is confirmed. */
export interface PendingContent {
  caseId: string;
  request: SubmitApplicationDto;
  consent: Consent;
  client: Client;
}

export interface PendingConfirmation {
  confirmationId: string;
  expiresAt: string;
  message: Bilingual;
}

export interface PublicReceipt {
  status: 'received';
  message: Bilingual;
}

/**
 * The answer to every confirmed request, whatever became of it: a new case, a draft, or a request
 * refused because the person already has an open one. The public caller learns nothing about whether
 * an ID is known here; the case number reaches the confirmed mobile by SMS (and the registered mobile is
 * told of the attempt). Finding: an anonymous submission answered 409 quoting the open case's number.
 */
export const RECEIVED: PublicReceipt = {
  status: 'received',
  message: {
    ar: 'استلمنا طلبك، وستصلك رسالة نصية على رقم الجوال الذي أكدته برقم الطلب وما يليه.',
    en: 'We received your request. A text message to the mobile you confirmed will tell you its number and what comes next.',
  },
};

/** The keyed hash a confirmation code is kept as: bound to its confirmation. */
export const confirmationCodeHash = (keys: PersonKeys, confirmationId: string, code: string): string =>
  keys.tag('confirmation-code', `${confirmationId}:${code}`);
