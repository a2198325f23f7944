import type { SubmissionDto } from '@samvirke/contracts';
import { useState } from 'react';
import { Page } from '../components/page.js';
import { ProgrammeNav } from '../components/programme-nav.js';
import { Await, StatusBadge } from '../components/status.js';
import { useI18n } from '../i18n/i18n.js';
import { statusName } from '../i18n/terms.js';
import { usePortal, useLoad } from '../portal-context.js';
import { CsvUpload } from '../reporting/csv-upload.js';
import { formRows } from '../reporting/form-model.js';
import { loadPeriodContext, loadSubmission, submissionPath } from '../reporting/load.js';
import { ValuesForm } from '../reporting/values-form.js';

export function PeriodReportPage({ programmeId, periodId }: { programmeId: string; periodId: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { principal } = usePortal();
  const organisationId = principal.organisations[0] ?? '';
  const [notice, setNotice] = useState('');
  const loaded = useLoad(async (api) => {
    const [context, history] = await Promise.all([
      loadPeriodContext(api, programmeId, periodId),
      loadSubmission(api, programmeId, periodId, organisationId),
    ]);
    return { ...context, history };
  }, `report:${programmeId}:${periodId}`);
  const title =
    loaded.state === 'ready'
      ? t(`Indberetning for ${loaded.data.period.period}`, `Report for ${loaded.data.period.period}`)
      : t('Indberetning', 'Report');
  return (
    <Page
      title={title}
      crumbs={[
        { href: '/', label: t('Programmer', 'Programmes') },
        { href: `/programmes/${programmeId}/reporting`, label: t('Indberetning', 'Reporting') },
      ]}
    >
      <Await loaded={loaded}>
        {({ programme, period, tracked, indicators, history }, reload) => {
          const latest = history?.latest ?? null;
          const rows = formRows(tracked, indicators, i18n.language);
          const editable = period.status === 'open' && latest?.status !== 'submitted';
          const basePath = submissionPath(programmeId, periodId, organisationId);
          return (
            <>
              <ProgrammeNav programmeId={programmeId} name={programme.name} />
              <p>
                {programme.name} · {t('Frist', 'Due')} {i18n.formatDate(period.dueDate)} ·{' '}
                {t('Status', 'Status')}:{' '}
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
              <div className="two-columns">
                <ValuesForm
                  key={latest ? `${latest.version}:${latest.status}:${latest.savedAt}` : 'none'}
                  rows={rows}
                  latest={latest}
                  basePath={basePath}
                  editable={editable}
                  onChanged={reload}
                  notice={notice}
                  onNotice={setNotice}
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
              <History versions={history?.versions ?? []} />
            </>
          );
        }}
      </Await>
    </Page>
  );
}

function History({ versions }: { versions: SubmissionDto[] }) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <section aria-labelledby="history">
      <h2 id="history">{t('Versioner', 'Versions')}</h2>
      {versions.length === 0 ? (
        <p>{t('Intet gemt endnu.', 'Nothing saved yet.')}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">
              {t('Alle versioner, nyeste først', 'Every version, newest first')}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('Version', 'Version')}</th>
                <th scope="col">{t('Status', 'Status')}</th>
                <th scope="col">{t('Gemt', 'Saved')}</th>
                <th scope="col">{t('Indsendt', 'Submitted')}</th>
                <th scope="col">{t('Afgjort', 'Decided')}</th>
                <th scope="col">{t('Kommentar', 'Comment')}</th>
              </tr>
            </thead>
            <tbody>
              {versions.map((version) => (
                <tr key={version.id + version.version}>
                  <th scope="row">{version.version}</th>
                  <td>
                    <StatusBadge status={version.status} label={statusName(i18n, version.status)} />
                  </td>
                  <td>
                    {i18n.formatDateTime(version.savedAt)} · {version.savedBy}
                  </td>
                  <td>{version.submittedAt ? i18n.formatDateTime(version.submittedAt) : '–'}</td>
                  <td>
                    {version.decidedAt
                      ? `${i18n.formatDateTime(version.decidedAt)} · ${version.decidedBy ?? ''}`
                      : '–'}
                  </td>
                  <td>{version.comment ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
