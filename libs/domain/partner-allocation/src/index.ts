export * from './record-demand';
export * from './agreement';
export * from './allocation';
