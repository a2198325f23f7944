import { Module } from '@nestjs/common';
import { GrantsAccess } from '../access/grants-access.js';
import { CallAnnouncer } from './call-announcer.scheduler.js';
import { GrantCallsController } from './calls.controller.js';
import { GrantCallsService } from './calls.service.js';

/** Grant calls and their announcement when their dates pass. */
@Module({
  controllers: [GrantCallsController],
  providers: [GrantsAccess, GrantCallsService, CallAnnouncer],
})
export class CallsModule {}
