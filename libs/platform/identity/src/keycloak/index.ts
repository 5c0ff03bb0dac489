export * from './keycloak-admin';
export * from './realm-plan';
export * from './provision-realm';
export * from './test-realm';
