export * from './allocation.types';
export * from './allocate-round';
export * from './what-if';
