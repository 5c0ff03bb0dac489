export * from './open-feedback-file';
