export * from './assessment';
export * from './assess-eligibility';
export * from './criteria';
export * from './documents/document-verification';
export * from './continued-eligibility';
export * from './eligibility-status';
