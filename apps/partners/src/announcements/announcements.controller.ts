import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { z } from 'zod';
import {
  createAnnouncementSchema,
  type AnnouncementDto,
  type AnnouncementReceipts,
  type CreateAnnouncement,
} from '@samvirke/contracts';
import { CurrentPrincipal, type Principal } from '@samvirke/auth';
import { AnnouncementsService } from './announcements.service.js';

@Controller('programmes/:programmeId/announcements')
export class AnnouncementsController {
  constructor(private readonly announcements: AnnouncementsService) {}

  @Get()
  list(
    @CurrentPrincipal() principal: Principal,
    @Param('programmeId', { schema: z.uuid() }) programmeId: string,
  ): Promise<AnnouncementDto[]> {
    return this.announcements.list(principal, programmeId);
  }

  @Post()
  @HttpCode(201)
  create(
    @CurrentPrincipal() principal: Principal,
    @Param('programmeId', { schema: z.uuid() }) programmeId: string,
    @Body({ schema: createAnnouncementSchema }) body: CreateAnnouncement,
  ): Promise<AnnouncementDto> {
    return this.announcements.create(principal, programmeId, body);
  }

  @Get(':announcementId')
  get(
    @CurrentPrincipal() principal: Principal,
    @Param('programmeId', { schema: z.uuid() }) programmeId: string,
    @Param('announcementId', { schema: z.uuid() }) announcementId: string,
  ): Promise<AnnouncementDto> {
    return this.announcements.get(principal, programmeId, announcementId);
  }

  @Post(':announcementId/read')
  @HttpCode(200)
  read(
    @CurrentPrincipal() principal: Principal,
    @Param('programmeId', { schema: z.uuid() }) programmeId: string,
    @Param('announcementId', { schema: z.uuid() }) announcementId: string,
  ): Promise<{ readAt: string }> {
    return this.announcements.markRead(principal, programmeId, announcementId);
  }

  @Get(':announcementId/receipts')
  receipts(
    @CurrentPrincipal() principal: Principal,
    @Param('programmeId', { schema: z.uuid() }) programmeId: string,
    @Param('announcementId', { schema: z.uuid() }) announcementId: string,
  ): Promise<AnnouncementReceipts> {
    return this.announcements.receipts(principal, programmeId, announcementId);
  }
}
