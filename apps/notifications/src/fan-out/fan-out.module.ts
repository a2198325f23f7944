import { Module } from '@nestjs/common';
import { TemplatesController } from '../rules/templates.controller.js';
import { TemplateBook } from '../rules/templates.js';
import { FanOutService } from './fan-out.service.js';
import { NotificationEventsConsumer } from './notification-events.consumer.js';

@Module({
  controllers: [NotificationEventsConsumer, TemplatesController],
  providers: [FanOutService, { provide: TemplateBook, useFactory: () => new TemplateBook() }],
  exports: [TemplateBook],
})
export class FanOutModule {}
