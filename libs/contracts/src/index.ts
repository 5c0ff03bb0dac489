export * from './envelope';
export * from './canonical-json';
export * from './topics';
export * from './errors';
