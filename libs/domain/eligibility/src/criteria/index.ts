export * from './policy-version';
export * from './evaluate';
export * from './attributes';
