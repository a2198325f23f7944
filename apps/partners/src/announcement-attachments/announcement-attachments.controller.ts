import { Body, Controller, Get, Headers, HttpCode, Post, Res } from '@nestjs/common';
import {
  ATTACHMENT_FILE_NAME_HEADER,
  type AnnouncementAttachmentDto,
  type AnnouncementAttachmentsDto,
} from '@samvirke/contracts';
import { Scoped } from '@samvirke/auth';
import { contentDisposition } from '@samvirke/platform';
import { AnnouncementAttachmentsService } from './announcement-attachments.service.js';

type Reply = { header(name: string, value: string): unknown };
type Ids = 'programmeId' | 'announcementId';

/**
 * Files on an announcement. The upload's body is the file's raw bytes (read as a Buffer for the
 * types in ANNOUNCEMENT_ATTACHMENT_BODY_TYPES, up to PARTNERS_ATTACHMENT_LIMIT), its name in File-Name.
 */
@Controller('programmes/:programmeId/announcements/:announcementId/attachments')
export class AnnouncementAttachmentsController {
  constructor(private readonly attachments: AnnouncementAttachmentsService) {}

  @Get()
  list(
    @Scoped('programmeId', 'announcementId') { principal, programmeId, announcementId }: Scoped<Ids>,
  ): Promise<AnnouncementAttachmentsDto> {
    return this.attachments.list(principal, programmeId, announcementId);
  }

  @Post()
  @HttpCode(201)
  add(
    @Scoped('programmeId', 'announcementId') { principal, programmeId, announcementId }: Scoped<Ids>,
    @Body() bytes: unknown,
    @Headers('content-type') contentType: string | undefined,
    @Headers(ATTACHMENT_FILE_NAME_HEADER) fileName: string | undefined,
  ): Promise<AnnouncementAttachmentDto> {
    return this.attachments.add(principal, programmeId, announcementId, { bytes, contentType, fileName });
  }

  @Get(':attachmentId')
  async download(
    @Scoped('programmeId', 'announcementId', 'attachmentId')
    { principal, programmeId, announcementId, attachmentId }: Scoped<Ids | 'attachmentId'>,
    @Res({ passthrough: true }) reply: Reply,
  ): Promise<Buffer> {
    const { attachment, bytes } = await this.attachments.download(
      principal,
      programmeId,
      announcementId,
      attachmentId,
    );
    reply.header('content-type', attachment.mediaType);
    reply.header('content-disposition', contentDisposition(attachment.fileName));
    reply.header('cache-control', 'private, no-store');
    reply.header('x-content-type-options', 'nosniff');
    return bytes;
  }
}
