import type { PopulationStatisticDto, ProgressDto } from '@samvirke/contracts';
import { DataTable } from '../components/data-table.js';
import { organisationCell } from '../exports/progress-export.js';
import { useI18n } from '../i18n/i18n.js';
import { statisticFor } from './population.js';

type IndicatorProgress = ProgressDto['indicators'][number];

/**
 * Population context: each municipality's figure in the programme beside the official figure for
 * its whole population (the library's statistics), so a reader sees what the programme's numbers
 * stand against. A held-back figure stays held back; the official one is public.
 */
export function PopulationTable({
  indicator,
  statistics,
  period,
  kommunekodeOf,
}: {
  indicator: IndicatorProgress;
  statistics: readonly PopulationStatisticDto[];
  period: string;
  kommunekodeOf: (organisationId: string) => string | null;
}) {
  const { t } = useI18n();
  const name = t(indicator.nameDa, indicator.nameEn);
  const rows = indicator.organisations.flatMap((organisation) => {
    const official = statisticFor(statistics, kommunekodeOf(organisation.organisationId), period);
    return official
      ? [[organisation.name, organisationCell(organisation.value, t), official.value, official.period]]
      : [];
  });
  if (rows.length === 0) return null;
  return (
    <section aria-labelledby="population-context">
      <h2 id="population-context">{t('Befolkningskontekst', 'Population context')}</h2>
      <DataTable
        caption={t(`${name}: befolkningskontekst, ${period}`, `${name}: population context, ${period}`)}
        columns={[
          t('Kommune', 'Municipality'),
          t('Programmets tal', "The programme's figure"),
          t('Officiel statistik', 'Official statistics'),
          t('Statistikkens periode', 'Period of the statistics'),
        ]}
        rows={rows}
        fileName={`${indicator.code}-${t('befolkningskontekst', 'population-context')}-${period}`}
      />
    </section>
  );
}
