export * from './assess-eligibility';
