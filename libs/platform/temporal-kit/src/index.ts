export * from './register-search-attributes';
export * from './temporal-runtime';
export * from './temporal.module';
export * from './start-once';
export * from './workflow-query';
export * from './operations';
