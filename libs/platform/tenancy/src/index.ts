export * from './tenant-policy.schema';
export * from './policy-loader';
export * from './tenant-registry';
export * from './satisfaction-policy.schema';
export * from './complaints-policy.schema';
