export * from './platform';
export * from './checkpoint-env';
export * from './instance-cleanup';
export * from './restart-policy';
export * from './supervisor';
export * from './demo-cases';
export * from './mailbox';
export * from './demo-partner-allocation';
