export * from './submit-application';
export * from './case-number';
export * from './open-requests';
export * from './sign-declaration';
export * from './inquiries';
export * from './record-reach';
export * from './referrals';
export * from './document-content';
