export * from './roles';
export * from './token-verifier';
export * from './token-issuer';
export * from './permission-matrix';
export * from './keycloak';
