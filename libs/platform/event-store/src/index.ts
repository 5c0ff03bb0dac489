export * from './event-store.port';
export * from './hash-chain';
export * from './postgres/postgres-event-store';
export * from './postgres/ddl';
export * from './create-event-store';
export * from './engine-errors';
export * from './audit';
