export * from './digits';
export * from './dates';
export * from './mobile';
export * from './national-address';
export * from './national-id';
export * from './person-name';
export * from './problems';
export * from './validate-applicant';
