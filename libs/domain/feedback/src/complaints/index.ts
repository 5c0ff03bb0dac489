export * from './complaint';
export * from './service-levels';
export * from './visibility';
export * from './general-issue';
