import { Module } from '@nestjs/common';
import { PartnersDirectoryConsumer } from './partners-directory.consumer.js';

/**
 * Keeps the service's directory from partners' events (grants, measurement). A service that does more
 * with the same events (notifications) puts `directoryHandlers` in a consumer of its own instead
 * of importing this module.
 */
@Module({ controllers: [PartnersDirectoryConsumer] })
export class PartnersDirectoryModule {}
