export * from './open-feedback-file';
export * from './surveys';
export * from './complaints';
