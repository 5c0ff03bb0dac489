export * from './policy-version';
export * from './evaluate';
