/** The Notifier intake tells people through (ChannelNotifier: SMS kept in the outbox, email over SMTP). */
export const NOTIFIER = Symbol('NOTIFIER');
