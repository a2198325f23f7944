import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NOTIFICATION_LANGUAGES, type NotificationLanguage } from '@samvirke/contracts';

export interface RenderedMessage {
  readonly subject: string;
  readonly body: string;
}

/**
 * The message templates live in files, apps/notifications/templates/<name>.<language>.txt: a
 * `Subject:` line, a blank line, then the body, with {{placeholders}}. Found from the sources
 * (tests) and from dist/ (the running service) alike, or from NOTIFICATION_TEMPLATES_DIR.
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

export class TemplateBook {
  private readonly templates = new Map<string, string>();

  constructor(directory: string = templateDirectory()) {
    for (const file of readdirSync(directory)) {
      const match = /^([a-z0-9-]+)\.([a-z]{2})\.txt$/.exec(file);
      if (match?.[1] && match[2]) {
        this.templates.set(`${match[1]}.${match[2]}`, readFileSync(join(directory, file), 'utf8'));
      }
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
    const filled = source.replace(/\{\{(\w+)\}\}/g, (_, key: string) => {
      const value = variables[key];
      if (value === undefined) throw new Error(`template ${name}.${language} needs {{${key}}}`);
      return value;
    });
    const match = /^Subject: (.*)\r?\n\r?\n([\s\S]*)$/.exec(filled);
    if (!match?.[1] || match[2] === undefined)
      throw new Error(`template ${name}.${language} must start with a Subject: line and a blank line`);
    return { subject: match[1].trim(), body: match[2].trim() + '\n' };
  }
}

const KRONER = {
  da: new Intl.NumberFormat('da-DK', { style: 'currency', currency: 'DKK' }),
  en: new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'DKK' }),
} as const;

/** Integer øre as kroner in the reader's language ("1.250.000,00 kr." / "DKK 1,250,000.00"). */
export function formatOre(amountOre: number, language: NotificationLanguage): string {
  return KRONER[language].format(amountOre / 100);
}

const DATE = {
  da: new Intl.DateTimeFormat('da-DK', { dateStyle: 'long', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }),
} as const;

export function formatDate(isoDate: string, language: NotificationLanguage): string {
  return DATE[language].format(new Date(`${isoDate.slice(0, 10)}T00:00:00Z`));
}
