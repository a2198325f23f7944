import { Injectable } from '@nestjs/common';
import type { NotificationLanguage } from '@samvirke/contracts';
import { DomainError } from '@samvirke/platform';
import { SAMPLE_VARIABLES, type RenderedMessage } from './templates.rules.js';
import { TemplateBook } from './templates.store.js';

export interface TemplatePreview extends RenderedMessage {
  readonly template: string;
  readonly language: NotificationLanguage;
}

@Injectable()
export class TemplatesService {
  constructor(private readonly templates: TemplateBook) {}

  /** A template with sample data, to see a message before it is sent. */
  preview(name: string, language: NotificationLanguage): TemplatePreview {
    if (!this.templates.has(name)) throw new DomainError('not-found', `No template ${name}.`);
    return { template: name, language, ...this.templates.render(name, language, SAMPLE_VARIABLES(language)) };
  }
}
