export * from './response-documents';
export * from './module-seams';
