import type { FormQuestionType } from '@samvirke/contracts';
import type { I18n } from '../i18n/i18n.js';

/** The question types by name in the reader's language. */
export function questionTypeName({ t }: Pick<I18n, 't'>, type: FormQuestionType): string {
  switch (type) {
    case 'text':
      return t('Tekst', 'Text');
    case 'number':
      return t('Tal', 'Number');
    case 'choice':
      return t('Valg', 'Choice');
    case 'file':
      return t('Fil', 'File');
    case 'table':
      return t('Tabel', 'Table');
  }
}
