import type { I18n } from './i18n.js';

/** For unit specs: a reader in one language, the words without React's context. */
export function reader(language: 'da' | 'en'): I18n {
  return { language, t: (da: string, en: string) => (language === 'da' ? da : en) } as I18n;
}
