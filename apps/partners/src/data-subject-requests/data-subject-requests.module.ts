import { Module } from '@nestjs/common';
import { DataSubjectAnswersConsumer } from './data-subject-answers.consumer.js';
import { DataSubjectExportsService } from './data-subject-exports.service.js';
import { DataSubjectRequestsController } from './data-subject-requests.controller.js';
import { DataSubjectRequestsService } from './data-subject-requests.service.js';
import { ExportRetention } from './export-retention.scheduler.js';

/** Data subject requests (GDPR art. 15, 17): partners owns them; every service answers by event. */
@Module({
  controllers: [DataSubjectRequestsController, DataSubjectAnswersConsumer],
  providers: [DataSubjectRequestsService, DataSubjectExportsService, ExportRetention],
})
export class DataSubjectRequestsModule {}
