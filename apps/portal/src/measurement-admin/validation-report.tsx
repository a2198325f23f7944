import type { ValidationReportDto } from '@samvirke/contracts';
import { Await } from '../components/status.js';
import { TableWrap } from '../components/table-wrap.js';
import { useI18n } from '../i18n/i18n.js';
import { useLoad } from '../portal-context.js';

/** Where approved reports break the programme's cross-indicator rules, over its whole history. */
export function ValidationReportSection({ programmeId }: { programmeId: string }) {
  const { t } = useI18n();
  const loaded = useLoad(
    (api) => api.get<ValidationReportDto>(`/measurement/programmes/${programmeId}/validation-report`),
    `validation-report:${programmeId}`,
  );
  return (
    <section aria-labelledby="validation-report-heading">
      <h2 id="validation-report-heading">{t('Regler over historikken', 'Rules over the history')}</h2>
      <Await loaded={loaded}>{(report) => <ReportBody report={report} />}</Await>
    </section>
  );
}

function ReportBody({ report }: { report: ValidationReportDto }) {
  const i18n = useI18n();
  const { t } = i18n;
  if (report.rules.length === 0)
    return (
      <p>
        {t(
          'Programmet har ingen regler mellem indikatorer.',
          'The programme has no rules between indicators.',
        )}
      </p>
    );
  if (report.violations.length === 0)
    return (
      <p>
        {t('Alle godkendte indberetninger overholder reglerne.', 'Every approved report keeps the rules.')}
      </p>
    );
  const caption = t('Godkendte indberetninger, der bryder en regel', 'Approved reports that break a rule');
  return (
    <TableWrap label={caption}>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('Periode', 'Period')}</th>
            <th scope="col">{t('Organisation', 'Organisation')}</th>
            <th scope="col">{t('Regel', 'Rule')}</th>
            <th scope="col">{t('Værdier', 'Values')}</th>
          </tr>
        </thead>
        <tbody>
          <ViolationRows violations={report.violations} />
        </tbody>
      </table>
    </TableWrap>
  );
}

function ViolationRows({ violations }: { violations: ValidationReportDto['violations'] }) {
  const i18n = useI18n();
  return (
    <>
      {violations.map((violation) => (
        <tr key={`${violation.period}-${violation.organisationId}-${violation.left}-${violation.right}`}>
          <td>{violation.period}</td>
          <td>{violation.organisationName}</td>
          <td>{`${violation.left} ${violation.operator} ${violation.right}`}</td>
          <td>{`${i18n.formatNumber(violation.leftValue)} / ${i18n.formatNumber(violation.rightValue)}`}</td>
        </tr>
      ))}
    </>
  );
}
