import { Module } from '@nestjs/common';
import { ProgrammesModule } from '../programmes/programmes.module.js';
import { AnnouncementAttachmentsController } from './announcement-attachments.controller.js';
import { AnnouncementAttachmentsService } from './announcement-attachments.service.js';
import { PartnersObjectStorage } from './partners-object-storage.js';

/** Files attached to announcements, their bytes in S3-compatible object storage (libs/platform). */
@Module({
  imports: [ProgrammesModule],
  controllers: [AnnouncementAttachmentsController],
  providers: [AnnouncementAttachmentsService, PartnersObjectStorage],
})
export class AnnouncementAttachmentsModule {}
