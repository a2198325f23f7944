import type { SubmissionHistory as History } from '@samvirke/contracts';
import { useState } from 'react';
import type { ApiClient } from '../api/client.js';
import { Page } from '../components/page.js';
import { ProgrammeNav } from '../components/programme-nav.js';
import { Await, StatusBadge } from '../components/status.js';
import { useI18n } from '../i18n/i18n.js';
import { statusName } from '../i18n/terms.js';
import { usePortal, useLoad } from '../portal-context.js';
import { programmeHeading } from '../programmes.js';
import { CsvUpload } from '../reporting/csv-upload.js';
import { formRows } from '../reporting/form-model.js';
import { loadPeriodContext, loadSubmission, submissionPath, type PeriodContext } from '../reporting/load.js';
import { SubmissionHistory } from '../reporting/submission-history.js';
import { ValuesForm } from '../reporting/values-form.js';

/** Whose report for which period. */
interface Report {
  readonly programmeId: string;
  readonly periodId: string;
  readonly organisationId: string;
}

async function loadReport(api: ApiClient, { programmeId, periodId, organisationId }: Report) {
  const [context, history] = await Promise.all([
    loadPeriodContext(api, programmeId, periodId),
    loadSubmission(api, programmeId, periodId, organisationId),
  ]);
  return { ...context, history };
}

export function PeriodReportPage({ programmeId, periodId }: { programmeId: string; periodId: string }) {
  const { t } = useI18n();
  const { principal } = usePortal();
  const report: Report = { programmeId, periodId, organisationId: principal.organisations[0] ?? '' };
  // The last action's outcome outlives the form, which is mounted afresh when the submission changes.
  const [notice, setNotice] = useState('');
  const loaded = useLoad((api) => loadReport(api, report), `report:${programmeId}:${periodId}`);
  const title =
    loaded.state === 'ready'
      ? t(`Indberetning for ${loaded.data.period.period}`, `Report for ${loaded.data.period.period}`)
      : t('Indberetning', 'Report');
  return (
    <Page
      title={title}
      crumbs={[
        ...programmeHeading(t, '', loaded.state === 'ready' ? loaded.data.programme : undefined).crumbs,
        { href: `/programmes/${programmeId}/reporting`, label: t('Indberetning', 'Reporting') },
      ]}
    >
      <Await loaded={loaded}>
        {(data, reload) => (
          <ReportView {...data} report={report} reload={reload} notice={notice} onNotice={setNotice} />
        )}
      </Await>
    </Page>
  );
}

interface ViewProps extends PeriodContext {
  readonly history: History | null;
  readonly report: Report;
  readonly reload: () => void;
  readonly notice: string;
  readonly onNotice: (notice: string) => void;
}

function ReportView(props: ViewProps) {
  const { programme, period, history, report } = props;
  const i18n = useI18n();
  const { t } = i18n;
  const latest = history?.latest ?? null;
  return (
    <>
      <ProgrammeNav programmeId={report.programmeId} name={programme.name} />
      <p>
        {programme.name} · {t('Frist', 'Due')} {i18n.formatDate(period.dueDate)} · {t('Status', 'Status')}:{' '}
        <StatusBadge
          status={latest?.status ?? 'missing'}
          label={statusName(i18n, latest?.status ?? 'missing')}
        />
      </p>
      {latest?.status === 'returned' && latest.comment && (
        <div className="panel warning" role="note">
          <h2>{t('Sendt retur med kommentar', 'Returned with a comment')}</h2>
          <p>{latest.comment}</p>
        </div>
      )}
      <ReportForms {...props} />
      <SubmissionHistory
        versions={history?.versions ?? []}
        programmeName={programme.name}
        period={period.period}
      />
    </>
  );
}

/** The values form, and while the report can still change, the CSV upload beside it. */
function ReportForms({
  programme,
  period,
  tracked,
  indicators,
  history,
  report,
  reload,
  notice,
  onNotice,
}: ViewProps) {
  const i18n = useI18n();
  const { programmeId, periodId } = report;
  const latest = history?.latest ?? null;
  const editable = period.status === 'open' && latest?.status !== 'submitted';
  const basePath = submissionPath(programmeId, periodId, report.organisationId);
  return (
    <div className="two-columns">
      <ValuesForm
        key={latest ? `${latest.version}:${latest.status}:${latest.savedAt}` : 'none'}
        rows={formRows(tracked, indicators, i18n.language)}
        latest={latest}
        basePath={basePath}
        editable={editable}
        onChanged={reload}
        notice={notice}
        onNotice={onNotice}
      />
      {editable && (
        <CsvUpload
          basePath={basePath}
          templatePath={`/measurement/programmes/${programmeId}/periods/${periodId}/template.csv`}
          templateName={`samvirke-${programme.slug}-${period.period}.csv`}
          onSaved={reload}
        />
      )}
    </div>
  );
}
