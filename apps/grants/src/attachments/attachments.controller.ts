import { Body, Controller, Get, Headers, Post, Res } from '@nestjs/common';
import {
  ATTACHMENT_FILE_NAME_HEADER,
  type ReportAttachmentDto,
  type ReportAttachmentsDto,
} from '@samvirke/contracts';
import { Scoped } from '@samvirke/auth';
import { contentDisposition } from './attachments.rules.js';
import { AttachmentsService } from './attachments.service.js';

type Reply = { header(name: string, value: string): unknown };

/**
 * Files on a report. The upload's body is the file's raw bytes (read as a Buffer for the types in
 * ATTACHMENT_BODY_TYPES, up to GRANTS_ATTACHMENT_LIMIT), its name in the File-Name header.
 */
@Controller('awards/:awardId/reports/:reportId/attachments')
export class AttachmentsController {
  constructor(private readonly attachments: AttachmentsService) {}

  @Get()
  list(
    @Scoped('awardId', 'reportId') { principal, awardId, reportId }: Scoped<'awardId' | 'reportId'>,
  ): Promise<ReportAttachmentsDto> {
    return this.attachments.list(principal, awardId, reportId);
  }

  @Post()
  add(
    @Scoped('awardId', 'reportId') { principal, awardId, reportId }: Scoped<'awardId' | 'reportId'>,
    @Body() bytes: unknown,
    @Headers('content-type') contentType: string | undefined,
    @Headers(ATTACHMENT_FILE_NAME_HEADER) fileName: string | undefined,
  ): Promise<ReportAttachmentDto> {
    return this.attachments.add(principal, awardId, reportId, { bytes, contentType, fileName });
  }

  @Get(':attachmentId')
  async download(
    @Scoped('awardId', 'reportId', 'attachmentId')
    { principal, awardId, reportId, attachmentId }: Scoped<'awardId' | 'reportId' | 'attachmentId'>,
    @Res({ passthrough: true }) reply: Reply,
  ): Promise<Buffer> {
    const { attachment, bytes } = await this.attachments.download(principal, awardId, reportId, attachmentId);
    reply.header('content-type', attachment.mediaType);
    reply.header('content-disposition', contentDisposition(attachment.fileName));
    reply.header('cache-control', 'private, no-store');
    reply.header('x-content-type-options', 'nosniff');
    return bytes;
  }
}
