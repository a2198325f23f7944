import { Module } from '@nestjs/common';
import { ATTACHMENT_MEDIA_TYPES } from '@samvirke/contracts';
import { GrantsAccess } from '../access/grants-access.js';
import { VisibleAwards } from '../awards/award-visibility.js';
import { AttachmentsController } from './attachments.controller.js';
import { AttachmentsService } from './attachments.service.js';
import { ObjectStorage } from './object-storage.js';

/** The content types an upload may declare; grants reads their bodies as raw bytes (main.ts). */
export const ATTACHMENT_BODY_TYPES: readonly string[] = [
  'application/octet-stream',
  ...ATTACHMENT_MEDIA_TYPES,
];

/** Files attached to grantee reports, their bytes in S3-compatible object storage. */
@Module({
  controllers: [AttachmentsController],
  providers: [GrantsAccess, VisibleAwards, AttachmentsService, ObjectStorage],
})
export class AttachmentsModule {}
