import type { AwardDto, GrantReportDto, GrantReportsDto } from '@samvirke/contracts';
import { ErrorMessage, StatusBadge } from '../components/status.js';
import { TableWrap } from '../components/table-wrap.js';
import { useI18n } from '../i18n/i18n.js';
import { useLoad, usePortal } from '../portal-context.js';
import { grantStatusName, reportKindName } from './grants-terms.js';
import { formatKroner } from './money.js';
import { ReportAttachments } from './report-attachments.js';
import { ReportDecision } from './report-decision.js';
import { ReportForm } from './report-form.js';

/**
 * The grantee's narrative and financial reports on a made award, every version: the grantee's users
 * submit them here, the call's foundation's officers approve them or return them with comments.
 */
export function ReportsSection({ award, onDecided }: { award: AwardDto; onDecided: () => void }) {
  const { t } = useI18n();
  const { principal } = usePortal();
  const loaded = useLoad(
    (api) => api.get<GrantReportsDto>(`/grants/awards/${award.id}/reports`),
    `reports:${award.id}`,
  );
  const grantee =
    principal.organisations.includes(award.granteeOrganisationId) &&
    !principal.roles.includes('platform-admin');
  return (
    <section aria-labelledby="reports-heading">
      <h2 id="reports-heading">{t('Rapporter', 'Reports')}</h2>
      {loaded.state === 'loading' && <p>{t('Henter rapporterne …', 'Loading the reports …')}</p>}
      {loaded.state === 'failed' && <ErrorMessage error={loaded.error} />}
      {loaded.state === 'ready' && (
        <>
          {loaded.data.reports.length === 0 && <p>{t('Ingen rapporter endnu.', 'No reports yet.')}</p>}
          {loaded.data.reports.map((report) => (
            <ReportView
              key={report.id}
              award={award}
              report={report}
              grantee={grantee}
              onDecided={() => {
                loaded.reload();
                onDecided();
              }}
            />
          ))}
          {grantee && <ReportForm award={award} reports={loaded.data} onSent={loaded.reload} />}
        </>
      )}
    </section>
  );
}

function ReportView({
  award,
  report,
  grantee,
  onDecided,
}: {
  award: AwardDto;
  report: GrantReportDto;
  grantee: boolean;
  onDecided: () => void;
}) {
  const { t } = useI18n();
  const id = `report-${report.id}`;
  return (
    <article aria-labelledby={id} className="panel">
      <ReportHeading award={award} report={report} id={id} />
      {report.comment && (
        <blockquote aria-label={t('Bevillingsgiverens kommentar', "The funder's comment")}>
          {report.comment}
        </blockquote>
      )}
      <dl>
        {report.sections.map((section) => (
          <div key={section.key}>
            <dt>{section.title}</dt>
            <dd>{section.text}</dd>
          </div>
        ))}
      </dl>
      <FinancialTable
        report={report}
        caption={t(`Regnskab, version ${report.version}`, `Accounts, version ${report.version}`)}
      />
      <ReportAttachments award={award} report={report} grantee={grantee} />
      {report.status === 'submitted' && (
        <ReportDecision award={award} report={report} onDecided={onDecided} />
      )}
    </article>
  );
}

/** Which report, before which tranche, its version, status, and who submitted and decided it when. */
function ReportHeading({ award, report, id }: { award: AwardDto; report: GrantReportDto; id: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const tranche = award.tranches.find((candidate) => candidate.id === report.trancheId);
  return (
    <>
      <h3 id={id}>
        {reportKindName(i18n, report.kind)}
        {tranche && t(` før rate ${tranche.position}`, ` before tranche ${tranche.position}`)} · version{' '}
        {report.version}
      </h3>
      <p>
        <StatusBadge status={report.status} label={grantStatusName(i18n, report.status)} />{' '}
        {t(
          `Indsendt ${i18n.formatDateTime(report.submittedAt)} af ${report.submittedBy}`,
          `Submitted ${i18n.formatDateTime(report.submittedAt)} by ${report.submittedBy}`,
        )}
        {report.decidedAt &&
          t(
            `, afgjort ${i18n.formatDateTime(report.decidedAt)} af ${report.decidedBy ?? ''}`,
            `, decided ${i18n.formatDateTime(report.decidedAt)} by ${report.decidedBy ?? ''}`,
          )}
      </p>
    </>
  );
}

type FinancialLine = GrantReportDto['financialLines'][number];

function FinancialRow({ line }: { line: FinancialLine }) {
  const i18n = useI18n();
  const { t } = i18n;
  const kroner = (ore: number): string => formatKroner(ore, i18n.language);
  return (
    <tr>
      <th scope="row">{line.category}</th>
      <td className="num" data-label={t('Budget', 'Budget')}>
        {kroner(line.budgetOre)}
      </td>
      <td className="num" data-label={t('Faktisk', 'Actual')}>
        {kroner(line.actualOre)}
      </td>
      <td className="num" data-label={t('Afvigelse', 'Variance')}>
        {kroner(line.varianceOre)}
      </td>
      <td data-label={t('Forklaring', 'Explanation')}>{line.explanation || '–'}</td>
    </tr>
  );
}

function FinancialTable({ report, caption }: { report: GrantReportDto; caption: string }) {
  const { t } = useI18n();
  return (
    <TableWrap label={caption}>
      <table className="stack">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('Budgetpost', 'Budget line')}</th>
            <th scope="col" className="num">
              {t('Budget', 'Budget')}
            </th>
            <th scope="col" className="num">
              {t('Faktisk', 'Actual')}
            </th>
            <th scope="col" className="num">
              {t('Afvigelse', 'Variance')}
            </th>
            <th scope="col">{t('Forklaring', 'Explanation')}</th>
          </tr>
        </thead>
        <tbody>
          {report.financialLines.map((line) => (
            <FinancialRow key={line.category} line={line} />
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
