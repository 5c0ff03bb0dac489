export * from './agreement';
export * from './calendar';
export * from './reporting-schedule';
export * from './agreement-share';
