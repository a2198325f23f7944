import type { IndicatorDto, Page } from '@samvirke/contracts';
import { useI18n } from '../i18n/i18n.js';
import type { IndicatorManagement } from './indicator-actions.js';
import { IndicatorTable } from './indicator-table.js';

interface Props {
  readonly page: Page<IndicatorDto>;
  readonly searching: boolean;
  /** Given when the reader may define, version and retire. */
  readonly manage?: IndicatorManagement & { onDefine: () => void };
}

/** The library's indicators, or what to do when there are none. */
export function LibraryContents({ page, searching, manage }: Props) {
  const { t } = useI18n();
  if (page.items.length > 0)
    return (
      <>
        <p>{t(`${page.total} indikatorer`, `${page.total} indicators`)}</p>
        <IndicatorTable indicators={page.items} {...(manage ? { manage } : {})} />
      </>
    );
  if (searching)
    return <p>{t('Ingen indikatorer matcher søgningen.', 'No indicator matches the search.')}</p>;
  return (
    <div className="panel">
      <p>{t('Biblioteket har ingen indikatorer endnu.', 'The library has no indicators yet.')}</p>
      {manage ? (
        <button type="button" onClick={manage.onDefine}>
          {t('Definér den første indikator', 'Define the first indicator')}
        </button>
      ) : (
        <p>{t('En backbone-koordinator definerer dem.', 'A backbone coordinator defines them.')}</p>
      )}
    </div>
  );
}
