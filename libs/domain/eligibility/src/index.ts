export * from './assess-eligibility';
export * from './criteria';
