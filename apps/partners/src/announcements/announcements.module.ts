import { Module } from '@nestjs/common';
import { ProgrammesModule } from '../programmes/programmes.module.js';
import { AnnouncementPublisher } from './announcement-publisher.scheduler.js';
import { AnnouncementsController } from './announcements.controller.js';
import { AnnouncementsService } from './announcements.service.js';

/** News from a programme's backbone and funders to its members, with read receipts. */
@Module({
  imports: [ProgrammesModule],
  controllers: [AnnouncementsController],
  providers: [AnnouncementsService, AnnouncementPublisher],
})
export class AnnouncementsModule {}
