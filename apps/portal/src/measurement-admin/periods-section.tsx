import type { ReportingPeriodDto } from '@samvirke/contracts';
import { useI18n } from '../i18n/i18n.js';
import { PeriodOpenForm } from './period-open-form.js';
import { PeriodsTable } from './periods-table.js';

/** The programme's reporting periods, or where to open the first, and the form that opens one. */
export function PeriodsSection({
  programmeId,
  programmeName,
  periods,
  onChanged,
}: {
  programmeId: string;
  programmeName: string;
  periods: readonly ReportingPeriodDto[];
  onChanged: (message: string) => void;
}) {
  const { t } = useI18n();
  const opened = (period: ReportingPeriodDto): void =>
    onChanged(t(`${period.period} er åbnet.`, `${period.period} is open.`));
  return (
    <section aria-labelledby="periods-heading">
      <h2 id="periods-heading">{t('Indberetningsperioder', 'Reporting periods')}</h2>
      {periods.length === 0 ? (
        <p>
          {t('Ingen perioder er åbnet endnu. ', 'No period is open yet. ')}
          <a href="#period-period">{t('Åbn den første periode', 'Open the first period')}</a>
        </p>
      ) : (
        <PeriodsTable
          programmeId={programmeId}
          programmeName={programmeName}
          periods={periods}
          onChanged={(_, message) => onChanged(message)}
        />
      )}
      <PeriodOpenForm programmeId={programmeId} onOpened={opened} />
    </section>
  );
}
