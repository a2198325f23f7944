import type { ReportingPeriodDto } from '@samvirke/contracts';
import type { ApiClient } from '../api/client.js';
import { StatusBadge } from '../components/status.js';
import { useI18n } from '../i18n/i18n.js';
import { statusName } from '../i18n/terms.js';
import { usePortal, useLoad } from '../portal-context.js';
import { loadProgramme } from '../programmes.js';
import { loadPeriods, loadSubmission } from '../reporting/load.js';
import { Link } from '../router.js';
import { ProgrammeSection } from '../components/programme-section.js';

/** The programme's open periods, each with the status of the organisation's report. */
async function loadOpenPeriods(api: ApiClient, programmeId: string, organisationId: string) {
  const [programme, periods] = await Promise.all([
    loadProgramme(api, programmeId),
    loadPeriods(api, programmeId),
  ]);
  const open = periods.filter((period) => period.status === 'open');
  const statuses = await Promise.all(
    open.map(
      async (period) =>
        (await loadSubmission(api, programmeId, period.id, organisationId))?.latest.status ?? 'missing',
    ),
  );
  return {
    programme,
    periods: open.map((period, index) => ({ period, status: statuses[index] ?? 'missing' })),
  };
}

export function ReportingPage({ programmeId }: { programmeId: string }) {
  const { t } = useI18n();
  const { principal } = usePortal();
  const organisationId = principal.organisations[0] ?? '';
  const loaded = useLoad(
    (api) => loadOpenPeriods(api, programmeId, organisationId),
    `reporting:${programmeId}`,
  );
  return (
    <ProgrammeSection section={t('Indberetning', 'Reporting')} loaded={loaded}>
      {({ periods }) => (
        <>
          <h2>{t('Åbne perioder', 'Open periods')}</h2>
          <OpenPeriods programmeId={programmeId} periods={periods} />
        </>
      )}
    </ProgrammeSection>
  );
}

function OpenPeriods({
  programmeId,
  periods,
}: {
  programmeId: string;
  periods: { period: ReportingPeriodDto; status: string }[];
}) {
  const i18n = useI18n();
  const { t } = i18n;
  if (periods.length === 0)
    return <p>{t('Der er ingen åbne perioder lige nu.', 'There are no open periods right now.')}</p>;
  return (
    <ul className="cards">
      {periods.map(({ period, status }) => (
        <li key={period.id} className="card">
          <h3>
            <Link href={`/programmes/${programmeId}/reporting/${period.id}`}>
              {t(`Periode ${period.period}`, `Period ${period.period}`)}
            </Link>
          </h3>
          <p>
            {t('Frist', 'Due')} {i18n.formatDate(period.dueDate)} ·{' '}
            <StatusBadge status={status} label={statusName(i18n, status)} />
          </p>
        </li>
      ))}
    </ul>
  );
}
