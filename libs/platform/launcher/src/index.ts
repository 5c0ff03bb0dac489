export * from './platform';
export * from './instance-cleanup';
