export * from './response-documents';
