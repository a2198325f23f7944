export * from './audit-chain.js';
export * from './audit-config.js';
export * from './audit-context.subscriber.js';
export * from './audit-schema.js';
export * from './audit-trail.js';
export * from './audit-trail.scheduler.js';
export * from './audit.store.js';
