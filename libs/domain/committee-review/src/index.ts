export * from './review';
export * from './committee';
export * from './cast-vote';
export * from './conflict-of-interest';
export * from './reconsideration';
export * from './review-schedule';
export * from './service-delivery';
export * from './documents-before-vote';
