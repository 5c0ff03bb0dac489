export * from './submit-application';
