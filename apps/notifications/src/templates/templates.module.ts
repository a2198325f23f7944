import { Module } from '@nestjs/common';
import { TemplatesController } from './templates.controller.js';
import { TemplatesService } from './templates.service.js';
import { TemplateBook } from './templates.store.js';

/** The message templates: read once at start, rendered by fan-out and the digest, previewed by admins. */
@Module({
  controllers: [TemplatesController],
  providers: [TemplatesService, { provide: TemplateBook, useFactory: () => new TemplateBook() }],
  exports: [TemplateBook],
})
export class TemplatesModule {}
