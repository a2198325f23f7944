import { Module } from '@nestjs/common';
import { HousekeepingModule } from '../housekeeping/housekeeping.module.js';
import { GrantsController } from './grants.controller.js';
import { GrantsService } from './grants.service.js';

/** The feed's grants: which integration client reads which programme (HTTP feed and Kafka). */
@Module({
  imports: [HousekeepingModule],
  controllers: [GrantsController],
  providers: [GrantsService],
  exports: [GrantsService],
})
export class GrantsModule {}
