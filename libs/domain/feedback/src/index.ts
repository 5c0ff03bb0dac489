export * from './open-feedback-file';
export * from './complaints';
