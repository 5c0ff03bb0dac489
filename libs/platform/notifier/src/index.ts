export * from './notifier.port';
export * from './render';
export * from './postgres-outbox';
export * from './channel-notifier';
