export * from './principal.js';
export * from './claims.js';
export * from './auth-config.js';
export * from './keycloak-token.verifier.js';
export * from './authenticate.js';
export * from './roles.decorator.js';
export * from './auth.guard.js';
export * from './auth.module.js';
