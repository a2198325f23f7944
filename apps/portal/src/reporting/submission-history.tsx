import type { SubmissionDto } from '@samvirke/contracts';
import { Table, type Column } from '../components/data-table.js';
import { StatusBadge } from '../components/status.js';
import { versionsTable } from '../exports/measurement-rows.js';
import { useI18n, type I18n } from '../i18n/i18n.js';
import { statusName } from '../i18n/terms.js';

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
        <Table
          label={t('Alle versioner, nyeste først', 'Every version, newest first')}
          columns={versionColumns(i18n)}
          rows={versions}
          rowKey={(version) => version.id + version.version}
          downloads={{
            caption: t('alle versioner', 'every version'),
            ...versionsTable(versions, i18n),
            fileName: t(`${programmeName}-${period}-versioner`, `${programmeName}-${period}-versions`),
          }}
        />
      )}
    </section>
  );
}

function versionColumns(i18n: I18n): Column<SubmissionDto>[] {
  const { t } = i18n;
  const when = (at: string | null | undefined, by?: string | null): string =>
    at ? `${i18n.formatDateTime(at)}${by === undefined ? '' : ` · ${by ?? ''}`}` : '–';
  return [
    { head: t('Version', 'Version'), cell: (version) => version.version },
    {
      head: t('Status', 'Status'),
      cell: (version) => <StatusBadge status={version.status} label={statusName(i18n, version.status)} />,
    },
    { head: t('Gemt', 'Saved'), cell: (version) => when(version.savedAt, version.savedBy) },
    { head: t('Indsendt', 'Submitted'), cell: (version) => when(version.submittedAt) },
    { head: t('Afgjort', 'Decided'), cell: (version) => when(version.decidedAt, version.decidedBy) },
    { head: t('Kommentar', 'Comment'), cell: (version) => version.comment ?? '' },
  ];
}
