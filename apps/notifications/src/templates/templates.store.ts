import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NOTIFICATION_LANGUAGES, type NotificationLanguage } from '@samvirke/contracts';
import { renderTemplate, templateFileName, type RenderedMessage } from './templates.rules.js';

/**
 * The message templates live in files, apps/notifications/templates/<name>.<language>.txt: a
 * `Subject:` line, a blank line, then the body, with {{placeholders}}. Found from the sources
 * (tests) and from apps/notifications/dist/ (the running service) alike, or from NOTIFICATION_TEMPLATES_DIR.
 */
export function templateDirectory(): string {
  const configured = process.env['NOTIFICATION_TEMPLATES_DIR'];
  if (configured) return configured;
  let folder = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(folder, 'apps/notifications/templates');
    if (existsSync(candidate)) return candidate;
    const parent = dirname(folder);
    if (parent === folder) throw new Error('cannot find apps/notifications/templates');
    folder = parent;
  }
}

export class UnknownTemplate extends Error {}

/** Every template, read from its directory once. */
export class TemplateBook {
  private readonly templates = new Map<string, string>();

  constructor(directory: string = templateDirectory()) {
    for (const file of readdirSync(directory)) {
      const parsed = templateFileName(file);
      if (parsed)
        this.templates.set(`${parsed.name}.${parsed.language}`, readFileSync(join(directory, file), 'utf8'));
    }
  }

  names(): string[] {
    return [...new Set([...this.templates.keys()].map((key) => key.split('.')[0] ?? ''))].sort();
  }

  has(name: string): boolean {
    return NOTIFICATION_LANGUAGES.some((language) => this.templates.has(`${name}.${language}`));
  }

  /** Renders a template; a placeholder without a value is an error, never an empty gap in a mail. */
  render(name: string, language: NotificationLanguage, variables: Record<string, string>): RenderedMessage {
    const source = this.templates.get(`${name}.${language}`);
    if (source === undefined) throw new UnknownTemplate(`no template ${name} in ${language}`);
    return renderTemplate(`${name}.${language}`, source, variables);
  }
}
