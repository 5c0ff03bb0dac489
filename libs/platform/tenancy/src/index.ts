export * from './tenant-policy.schema';
export * from './policy-loader';
export * from './tenant-registry';
export * from './complaints-policy.schema';
