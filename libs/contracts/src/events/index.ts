export * from './event';
export * from './registry';
export * from './intake.events';
export * from './eligibility.events';
export * from './committee-review.events';
export * from './partner-allocation.events';
export * from './feedback.events';
export * from './personal-fields';
