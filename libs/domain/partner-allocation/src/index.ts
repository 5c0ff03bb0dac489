export * from './record-demand';
