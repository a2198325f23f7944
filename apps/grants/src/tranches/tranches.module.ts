import { Module } from '@nestjs/common';
import { MeasurementEventsConsumer } from './measurement-events.consumer.js';
import { TrancheRelease } from './tranche-release.service.js';

/** Tranche release from measurement's decisions; exports the release for awards being made. */
@Module({
  controllers: [MeasurementEventsConsumer],
  providers: [TrancheRelease],
  exports: [TrancheRelease],
})
export class TranchesModule {}
