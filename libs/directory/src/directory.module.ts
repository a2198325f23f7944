import { Module } from '@nestjs/common';
import { PartnersDirectoryConsumer } from './partners-directory.consumer.js';

/**
 * Keeps the service's directory from partners' events (grants, measurement). A service whose
 * transport hands every event to one handler of its own (notifications) calls applyPartnersEvent
 * from it instead of importing this module.
 */
@Module({ controllers: [PartnersDirectoryConsumer] })
export class PartnersDirectoryModule {}
