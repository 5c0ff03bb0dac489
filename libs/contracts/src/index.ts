export * from './envelope';
export * from './canonical-json';
export * from './topics';
export * from './errors';
export * from './events';
export * from './streams';
export * from './review-window';
export * from './allocation-factors';
