export * from './envelope';
export * from './canonical-json';
