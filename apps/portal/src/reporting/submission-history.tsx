import type { SubmissionDto } from '@samvirke/contracts';
import { StatusBadge } from '../components/status.js';
import { DownloadButtons } from '../exports/download-buttons.js';
import { versionsTable } from '../exports/measurement-rows.js';
import { useI18n } from '../i18n/i18n.js';
import { statusName } from '../i18n/terms.js';
import { TableWrap } from '../components/table-wrap.js';

interface Props {
  readonly versions: SubmissionDto[];
  /** Name the downloaded file: "Bedre Trivsel-2026-Q1-versioner". */
  readonly programmeName: string;
  readonly period: string;
}

/** Every version of the organisation's report for the period, newest first. */
export function SubmissionHistory({ versions, programmeName, period }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <section aria-labelledby="history">
      <h2 id="history">{t('Versioner', 'Versions')}</h2>
      {versions.length === 0 ? (
        <p>{t('Intet gemt endnu.', 'Nothing saved yet.')}</p>
      ) : (
        <>
          <VersionsTable versions={versions} />
          <DownloadButtons
            caption={t('alle versioner', 'every version')}
            {...versionsTable(versions, i18n)}
            fileName={t(`${programmeName}-${period}-versioner`, `${programmeName}-${period}-versions`)}
          />
        </>
      )}
    </section>
  );
}

function VersionsTable({ versions }: { versions: SubmissionDto[] }) {
  const { t } = useI18n();
  return (
    <TableWrap label={t('Alle versioner, nyeste først', 'Every version, newest first')}>
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
            <VersionRow key={version.id + version.version} version={version} />
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}

function VersionRow({ version }: { version: SubmissionDto }) {
  const i18n = useI18n();
  return (
    <tr>
      <th scope="row">{version.version}</th>
      <td>
        <StatusBadge status={version.status} label={statusName(i18n, version.status)} />
      </td>
      <td>
        {i18n.formatDateTime(version.savedAt)} · {version.savedBy}
      </td>
      <td>{version.submittedAt ? i18n.formatDateTime(version.submittedAt) : '–'}</td>
      <td>
        {version.decidedAt ? `${i18n.formatDateTime(version.decidedAt)} · ${version.decidedBy ?? ''}` : '–'}
      </td>
      <td>{version.comment ?? ''}</td>
    </tr>
  );
}
