import { Body, Controller, Get, Headers, Post, Res } from '@nestjs/common';
import { ATTACHMENT_FILE_NAME_HEADER, type ApplicationFileDto } from '@samvirke/contracts';
import { Scoped } from '@samvirke/auth';
import { contentDisposition } from '../attachments/attachments.rules.js';
import { ApplicationFilesService } from './application-files.service.js';

type Reply = { header(name: string, value: string): unknown };

/** Files answering an application's file questions: raw bytes in, raw bytes out, like report attachments. */
@Controller('applications/:applicationId/files')
export class ApplicationFilesController {
  constructor(private readonly files: ApplicationFilesService) {}

  @Get()
  list(
    @Scoped('applicationId') { principal, applicationId }: Scoped<'applicationId'>,
  ): Promise<ApplicationFileDto[]> {
    return this.files.list(principal, applicationId);
  }

  @Post()
  add(
    @Scoped('applicationId') { principal, applicationId }: Scoped<'applicationId'>,
    @Body() bytes: unknown,
    @Headers('content-type') contentType: string | undefined,
    @Headers(ATTACHMENT_FILE_NAME_HEADER) fileName: string | undefined,
  ): Promise<ApplicationFileDto> {
    return this.files.add(principal, applicationId, { bytes, contentType, fileName });
  }

  @Get(':fileId')
  async download(
    @Scoped('applicationId', 'fileId')
    { principal, applicationId, fileId }: Scoped<'applicationId' | 'fileId'>,
    @Res({ passthrough: true }) reply: Reply,
  ): Promise<Buffer> {
    const { file, bytes } = await this.files.download(principal, applicationId, fileId);
    reply.header('content-type', file.mediaType);
    reply.header('content-disposition', contentDisposition(file.fileName));
    reply.header('cache-control', 'private, no-store');
    reply.header('x-content-type-options', 'nosniff');
    return bytes;
  }
}
