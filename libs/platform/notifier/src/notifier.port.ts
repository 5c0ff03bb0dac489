import type { Bilingual } from '@athar/contracts';

export interface Notification {
  tenantId: string;
  /**
   * The case the message is about: its data key seals the stored recipient and text (ADR 0013). null
   * for a message to staff about no case (e.g. the yearly policy review, docs/adr/0025): it carries no
   * beneficiary's data and is kept in clear.
   */
  caseId?: string | null;
  /**
   * For a message about something that is not a case (an inquiry, a referral): the data key that seals
   * its stored recipient and text instead, `inquiry:<id>` or `referral:<id>`, so erasing that subject
   * erases the message too (docs/adr/0027). A message names a case, a data key, or explicitly no case.
   */
  dataKeyId?: string;
  /** `staff`: kept in the outbox for the tenant's staff to read (GET /notifications/outbox), addressed to a role. */
  channel: 'email' | 'sms' | 'staff';
  /** An email address, a Saudi mobile in E.164 (+9665XXXXXXXX), or for `staff` a role (`role:executive-director`). */
  to: string;
  subject: Bilingual;
  body: Bilingual;
  correlationId: string;
  /** The same key twice delivers once (a redelivered event must not message a person twice). */
  idempotencyKey: string;
}

export interface DeliveryReceipt {
  status: 'sent' | 'duplicate';
  channel: Notification['channel'];
  id: string | null;
}

/** How the platform tells a person something; adapters per channel behind it. */
export interface Notifier {
  send(notification: Notification): Promise<DeliveryReceipt>;
  /** Whether this notifier can deliver on the channel (email needs ATHAR_SMTP_URL); absent: every channel. */
  supports?(channel: Notification['channel']): boolean;
}

/**
 * How the outbox keeps what it stores unreadable at rest: recipient and text sealed with the data key of
 * the message's subject (`case:<id>`, `inquiry:<id>`, `referral:<id>`; so erasing it erases them too), and
 * the recipient findable by a keyed digest only.
 */
export interface OutboxSealer {
  seal(tenantId: string, dataKeyId: string, message: { recipient: string; body: string }): Promise<unknown>;
  open(tenantId: string, sealed: unknown): Promise<{ recipient: string; body: string }>;
  digest(tenantId: string, recipient: string): string;
}
