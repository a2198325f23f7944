import type { IndicatorDto } from '@samvirke/contracts';
import { Table, type Column } from '../components/data-table.js';
import { StatusBadge } from '../components/status.js';
import { libraryTable } from '../exports/measurement-rows.js';
import { useI18n, type I18n } from '../i18n/i18n.js';
import { adminTerm } from './admin-terms.js';
import { IndicatorActions, type IndicatorManagement } from './indicator-actions.js';

interface Props {
  readonly indicators: readonly IndicatorDto[];
  /** Given when the reader may version and retire (the service's roles). */
  readonly manage?: IndicatorManagement;
}

/** The library's indicators with their version and status, and what the reader may do with each. */
export function IndicatorTable({ indicators, manage }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <Table
      label={t('Indikatorer i biblioteket', 'Indicators in the library')}
      columns={indicatorColumns(i18n, manage)}
      rows={indicators}
      rowKey={(indicator) => indicator.id}
      downloads={{
        caption: t('indikatorer i biblioteket', 'indicators in the library'),
        ...libraryTable(indicators, i18n),
        fileName: t('indikatorbibliotek', 'indicator-library'),
      }}
    />
  );
}

function indicatorColumns(
  i18n: I18n,
  manage: IndicatorManagement | undefined,
): (Column<IndicatorDto> | false)[] {
  const { t } = i18n;
  return [
    { head: t('Kode', 'Code'), cell: (indicator) => indicator.code },
    {
      head: t('Navn', 'Name'),
      cell: (indicator) => (i18n.language === 'da' ? indicator.nameDa : indicator.nameEn),
    },
    { head: t('Enhed', 'Unit'), cell: (indicator) => adminTerm(i18n, indicator.unit) },
    { head: t('Version', 'Version'), cell: (indicator) => indicator.version, className: 'num' },
    { head: t('Status', 'Status'), cell: (indicator) => <IndicatorStatus indicator={indicator} /> },
    {
      head: t('Officiel statistik', 'Official statistics'),
      cell: (indicator) => (
        <a href={`/indicators/${indicator.id}/statistics`}>
          {t(`Statistik for ${indicator.code}`, `Statistics for ${indicator.code}`)}
        </a>
      ),
    },
    !!manage && {
      head: t('Handlinger', 'Actions'),
      cell: (indicator) => <IndicatorActions indicator={indicator} {...manage} />,
    },
  ];
}

function IndicatorStatus({ indicator }: { indicator: IndicatorDto }) {
  const i18n = useI18n();
  return (
    <>
      <StatusBadge
        status={indicator.status === 'current' ? 'open' : 'closed'}
        label={adminTerm(i18n, indicator.status)}
      />
      {indicator.supersededBy && (
        <span className="muted"> {supersededNote(i18n.t, indicator.status, indicator.supersededBy)}</span>
      )}
    </>
  );
}

/** "af v2" beside Erstattet; beside Udfaset, which version had replaced it before. */
function supersededNote(
  t: (da: string, en: string) => string,
  status: IndicatorDto['status'],
  by: string,
): string {
  return status === 'superseded'
    ? t(`af ${by}`, `by ${by}`)
    : t(`(erstattet af ${by})`, `(replaced by ${by})`);
}
