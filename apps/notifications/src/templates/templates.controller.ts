import { Controller, Get, Param, Query } from '@nestjs/common';
import { z } from 'zod';
import {
  NOTIFICATION_LANGUAGES,
  notificationLanguageSchema,
  templatePreviewQuerySchema,
} from '@samvirke/contracts';
import { Roles } from '@samvirke/auth';
import { ValidationFailed } from '@samvirke/platform';
import { TemplatesService, type TemplatePreview } from './templates.service.js';

@Controller('templates')
export class TemplatesController {
  constructor(private readonly templates: TemplatesService) {}

  /** A template with sample data, to see a message before it is sent. */
  @Get(':name/preview')
  @Roles('platform-admin')
  preview(
    @Param('name', { schema: z.string().regex(/^[a-z0-9-]{1,60}$/) }) name: string,
    @Query({ schema: templatePreviewQuerySchema }) query: z.infer<typeof templatePreviewQuerySchema>,
  ): TemplatePreview {
    const language = notificationLanguageSchema.safeParse(query.language);
    if (!language.success) {
      throw new ValidationFailed([
        {
          pointer: '/language',
          detail: `unknown template language ${query.language}; templates exist in ${NOTIFICATION_LANGUAGES.join(', ')}`,
        },
      ]);
    }
    return this.templates.preview(name, language.data);
  }
}
