export * from './directory.rules.js';
export * from './directory.store.js';
export * from './directory.projection.js';
export * from './directory.migration.js';
export * from './membership.store.js';
export * from './membership.rules.js';
export * from './partners-directory.consumer.js';
export * from './directory.module.js';
