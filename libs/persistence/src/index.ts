export * from './database-config.js';
export * from './database-errors.js';
export * from './data-source.factory.js';
export * from './persistence.module.js';
export * from './service-cli.js';
export * from './service-foundation.js';
export * from './copy-rows.js';
export * from './interval-job.js';
