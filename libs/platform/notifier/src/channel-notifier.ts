import { createTransport, type Transporter } from 'nodemailer';
import type { DeliveryReceipt, Notification, Notifier } from './notifier.port';
import type { PostgresOutbox } from './postgres-outbox';
import { renderHtml, renderText } from './render';

export interface EmailSettings {
  /** e.g. smtp://user:pass@127.0.0.1:2525 (ATHAR_SMTP_URL). */
  url: string;
  from: string;
}

/**
 * Routes by channel. Email goes out through SMTP (nodemailer); SMS stays in the outbox, since no SMS
 * gateway is reachable (an adapter would read the outbox), and so does a note to staff (`staff`). Both are recorded under their idempotency
 * key first, so a redelivered event never messages a person twice.
 */
export class ChannelNotifier implements Notifier {
  private readonly mail: Transporter | null;

  constructor(
    private readonly outbox: PostgresOutbox,
    private readonly email: EmailSettings | null,
  ) {
    this.mail = email ? createTransport(email.url, { connectionTimeout: 5000, greetingTimeout: 5000, socketTimeout: 10000 }) : null;
  }

  supports(channel: Notification['channel']): boolean {
    return channel !== 'email' || this.mail !== null;
  }

  async send(notification: Notification): Promise<DeliveryReceipt> {
    if (notification.channel !== 'email') return this.outbox.record(notification);
    const mail = this.mail;
    const email = this.email;
    if (!mail || !email) throw new Error('Email is not configured (ATHAR_SMTP_URL)');
    return this.outbox.record(notification, async () => {
      await mail.sendMail({
        from: email.from,
        to: notification.to,
        subject: `${notification.subject.ar} | ${notification.subject.en}`,
        text: renderText(notification.body),
        html: renderHtml(notification.subject, notification.body),
        textEncoding: 'base64',
        headers: { 'X-Correlation-Id': notification.correlationId, 'Content-Language': 'ar, en' },
      });
    });
  }

  close(): void {
    this.mail?.close();
  }
}
