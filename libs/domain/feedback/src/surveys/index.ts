export * from './survey';
export * from './mask-comment';
export * from './k-threshold';
export * from './dashboard';
