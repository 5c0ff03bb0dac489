export * from './record-demand';
export * from './allocation';
