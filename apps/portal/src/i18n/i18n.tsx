import { createContext, useContext, type ReactNode } from 'react';

export type Language = 'da' | 'en';

export interface I18n {
  readonly language: Language;
  readonly setLanguage: (language: Language) => void;
  /** The text in the current language: Danish first, English second. */
  readonly t: (da: string, en: string) => string;
  readonly formatNumber: (value: number, digits?: number) => string;
  readonly formatDate: (iso: string) => string;
  readonly formatDateTime: (iso: string) => string;
}

const LOCALES: Record<Language, string> = { da: 'da-DK', en: 'en-GB' };

export function createI18n(language: Language, setLanguage: (language: Language) => void): I18n {
  const locale = LOCALES[language];
  return {
    language,
    setLanguage,
    t: (da, en) => (language === 'da' ? da : en),
    formatNumber: (value, digits = 2) =>
      new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value),
    formatDate: (iso) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(new Date(iso)),
    formatDateTime: (iso) =>
      new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso)),
  };
}

export function storedLanguage(): Language {
  return localStorage.getItem('samvirke.language') === 'en' ? 'en' : 'da';
}

export function storeLanguage(language: Language): void {
  localStorage.setItem('samvirke.language', language);
  document.documentElement.lang = language;
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ value, children }: { value: I18n; children: ReactNode }) {
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n outside I18nProvider');
  return i18n;
}
