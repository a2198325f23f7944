import { loadApprovals, type Approvals } from '../approvals/approvals-load.js';
import { ReportsTable } from '../approvals/reports-table.js';
import { WaitingQueue } from '../approvals/waiting-queue.js';
import { Page } from '../components/page.js';
import { ProgrammeNav } from '../components/programme-nav.js';
import { Await } from '../components/status.js';
import { useI18n } from '../i18n/i18n.js';
import { useLoad } from '../portal-context.js';
import { programmeHeading } from '../programmes.js';

export function ApprovalsPage({ programmeId }: { programmeId: string }) {
  const { t } = useI18n();
  const loaded = useLoad((api) => loadApprovals(api, programmeId), `approvals:${programmeId}`);
  const heading = programmeHeading(
    t,
    t('Godkendelser', 'Approvals'),
    loaded.state === 'ready' ? loaded.data.programme : undefined,
  );
  return (
    <Page title={heading.title} crumbs={heading.crumbs}>
      <Await loaded={loaded}>
        {(approvals, reload) => <ApprovalsView {...approvals} programmeId={programmeId} reload={reload} />}
      </Await>
    </Page>
  );
}

function ApprovalsView({
  programme,
  items,
  waiting,
  awaitingMunicipality,
  programmeId,
  reload,
}: Approvals & { programmeId: string; reload: () => void }) {
  const { t } = useI18n();
  return (
    <>
      <ProgrammeNav programmeId={programmeId} name={programme.name} />
      <h2>{t('Venter på godkendelse', 'Waiting for approval')}</h2>
      <WaitingQueue
        waiting={waiting}
        programmeId={programmeId}
        reload={reload}
        empty={t('Ingen indberetninger venter.', 'No reports are waiting.')}
      />
      <AwaitingMunicipality items={awaitingMunicipality} />
      <h2>{t('Alle indberetninger', 'Every report')}</h2>
      <ReportsTable items={items} />
    </>
  );
}

/** Sub-units' reports that their municipality approves before the backbone (two-level approval). */
function AwaitingMunicipality({ items }: { items: Approvals['awaitingMunicipality'] }) {
  const { t } = useI18n();
  if (items.length === 0) return null;
  return (
    <>
      <h2>{t('Venter på kommunens godkendelse', "Waiting for the municipality's approval")}</h2>
      <ul>
        {items.map((item) => (
          <li key={`${item.period.id}:${item.member.organisationId}`}>
            {item.member.organisationName} · {item.period.period}
          </li>
        ))}
      </ul>
    </>
  );
}
