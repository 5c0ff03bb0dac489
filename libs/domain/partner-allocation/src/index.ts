export * from './record-demand';
export * from './agreement';
