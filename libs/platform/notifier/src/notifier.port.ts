import type { Bilingual } from '@athar/contracts';

export interface Notification {
  tenantId: string;
  channel: 'email' | 'sms';
  /** An email address, or a Saudi mobile in E.164 (+9665XXXXXXXX). */
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
}
