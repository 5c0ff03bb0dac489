export * from './keycloak-admin';
export * from './realm-plan';
export * from './provision-realm';
export * from './test-realm';
export * from './service-account-admin';
export * from './staff-directory';
export * from './provision-accounts';
export * from './applicant-accounts';
