export * from './merkle';
export * from './checkpoint';
export * from './checkpoint-sink';
export * from './checkpoint-log';
export * from './checkpointer';
export * from './verify-store';
export * from './export-bundle';
export * from './export-report';
