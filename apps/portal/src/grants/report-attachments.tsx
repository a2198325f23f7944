import type { AwardDto, GrantReportDto } from '@samvirke/contracts';
import { Attachments } from '../components/attachments.js';

/**
 * A report's attached files (budgets, auditor's statements, photos): whoever sees the award lists
 * and downloads them; the grantee's users attach more while the report waits for a decision.
 */
export function ReportAttachments({
  award,
  report,
  grantee,
}: {
  award: AwardDto;
  report: GrantReportDto;
  grantee: boolean;
}) {
  return (
    <Attachments
      path={`/grants/awards/${award.id}/reports/${report.id}/attachments`}
      canUpload={grantee && report.status === 'submitted'}
      heading={{ level: 'h4', id: `attachments-${report.id}` }}
      conflict={(i18n) =>
        i18n.t(
          'Rapporten er afgjort: der kan ikke vedhæftes flere filer.',
          'The report has been decided: no more files can be attached.',
        )
      }
    />
  );
}
