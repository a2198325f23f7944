import { Module } from '@nestjs/common';
import { KafkaAccessProvisioner } from './kafka-access.provisioner.js';
import { RetentionScheduler } from './retention.scheduler.js';

/** What the feed needs besides requests and events: retention, and the integrations' Kafka ACLs. */
@Module({
  providers: [RetentionScheduler, KafkaAccessProvisioner],
  exports: [RetentionScheduler, KafkaAccessProvisioner],
})
export class HousekeepingModule {}
