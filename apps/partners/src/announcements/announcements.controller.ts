import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import {
  createAnnouncementSchema,
  type AnnouncementDto,
  type AnnouncementReceipts,
  type CreateAnnouncement,
} from '@samvirke/contracts';
import { Scoped } from '@samvirke/auth';
import { AnnouncementsService } from './announcements.service.js';

@Controller('programmes/:programmeId/announcements')
export class AnnouncementsController {
  constructor(private readonly announcements: AnnouncementsService) {}

  @Get()
  list(@Scoped('programmeId') { principal, programmeId }: Scoped<'programmeId'>): Promise<AnnouncementDto[]> {
    return this.announcements.list(principal, programmeId);
  }

  @Post()
  @HttpCode(201)
  create(
    @Scoped('programmeId') { principal, programmeId }: Scoped<'programmeId'>,
    @Body({ schema: createAnnouncementSchema }) body: CreateAnnouncement,
  ): Promise<AnnouncementDto> {
    return this.announcements.create(principal, programmeId, body);
  }

  @Get(':announcementId')
  get(
    @Scoped('programmeId', 'announcementId')
    { principal, programmeId, announcementId }: Scoped<'programmeId' | 'announcementId'>,
  ): Promise<AnnouncementDto> {
    return this.announcements.get(principal, programmeId, announcementId);
  }

  @Post(':announcementId/read')
  @HttpCode(200)
  read(
    @Scoped('programmeId', 'announcementId')
    { principal, programmeId, announcementId }: Scoped<'programmeId' | 'announcementId'>,
  ): Promise<{ readAt: string }> {
    return this.announcements.markRead(principal, programmeId, announcementId);
  }

  @Get(':announcementId/receipts')
  receipts(
    @Scoped('programmeId', 'announcementId')
    { principal, programmeId, announcementId }: Scoped<'programmeId' | 'announcementId'>,
  ): Promise<AnnouncementReceipts> {
    return this.announcements.receipts(principal, programmeId, announcementId);
  }
}
