export * from './demo-identities.js';
export * from './infrastructure.js';
export * from './tokens.js';
export * from './wait-for.js';
export * from './isolation.js';
export * from './service-process.js';
