export * from './envelope';
export * from './fields';
export * from './key-store';
export * from './protector';
export * from './tenant-keys';
