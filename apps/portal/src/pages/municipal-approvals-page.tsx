import type {
  MembershipDto,
  ParentApprovalItem,
  ProgrammeDto,
  ReportingPeriodDto,
} from '@samvirke/contracts';
import type { ApiClient } from '../api/client.js';
import { loadParentQueue, type WaitingItem } from '../approvals/approvals-load.js';
import { WaitingQueue } from '../approvals/waiting-queue.js';
import { Page } from '../components/page.js';
import { ProgrammeNav } from '../components/programme-nav.js';
import { Await } from '../components/status.js';
import { useI18n } from '../i18n/i18n.js';
import { useLoad } from '../portal-context.js';
import { loadMembers, loadProgramme, programmeHeading } from '../programmes.js';
import { loadPeriods, loadSubmission } from '../reporting/load.js';

/** The sub-units' submissions the caller's municipality approves first, with their values. */
async function loadFirstLevel(api: ApiClient, programmeId: string) {
  const [programme, periods, members, queue] = await Promise.all([
    loadProgramme(api, programmeId),
    loadPeriods(api, programmeId),
    loadMembers(api, programmeId),
    loadParentQueue(api, programmeId, 'waiting'),
  ]);
  const entries = await Promise.all(
    queue.map((entry) => waitingItem(api, programmeId, entry, periods, members)),
  );
  return { programme, waiting: entries.filter((item): item is WaitingItem => item !== null) };
}

async function waitingItem(
  api: ApiClient,
  programmeId: string,
  entry: ParentApprovalItem,
  periods: readonly ReportingPeriodDto[],
  members: readonly MembershipDto[],
): Promise<WaitingItem | null> {
  const period = periods.find((candidate) => candidate.id === entry.periodId);
  const member = members.find((candidate) => candidate.organisationId === entry.organisationId);
  const history = await loadSubmission(api, programmeId, entry.periodId, entry.organisationId);
  if (!period || !member || history?.latest.status !== 'submitted') return null;
  return { period, member, latest: null, submitted: history.latest };
}

/**
 * Two-level approval, first level: a municipality's reporters approve (or return) what its
 * forvaltninger and institutions report, before the backbone decides.
 */
export function MunicipalApprovalsPage({ programmeId }: { programmeId: string }) {
  const { t } = useI18n();
  const loaded = useLoad((api) => loadFirstLevel(api, programmeId), `first-level:${programmeId}`);
  const heading = programmeHeading(
    t,
    t('Kommunens godkendelser', "The municipality's approvals"),
    loaded.state === 'ready' ? loaded.data.programme : undefined,
  );
  return (
    <Page title={heading.title} crumbs={heading.crumbs}>
      <Await loaded={loaded}>
        {({ programme, waiting }, reload) => (
          <FirstLevelQueue
            programme={programme}
            waiting={waiting}
            programmeId={programmeId}
            reload={reload}
          />
        )}
      </Await>
    </Page>
  );
}

function FirstLevelQueue(props: {
  programme: ProgrammeDto;
  waiting: readonly WaitingItem[];
  programmeId: string;
  reload: () => void;
}) {
  const { t } = useI18n();
  const { programme, waiting, programmeId, reload } = props;
  return (
    <>
      <ProgrammeNav programmeId={programmeId} name={programme.name} />
      <h2>{t('Underenheder der venter på kommunen', 'Sub-units waiting for the municipality')}</h2>
      <p className="muted">
        {t(
          'Forvaltninger og institutioner under kommunen indberetter selv. Kommunen godkender først; derefter godkender backbone-organisationen.',
          'Forvaltninger and institutions under the municipality report on their own. The municipality approves first; then the backbone.',
        )}
      </p>
      <WaitingQueue
        waiting={waiting}
        programmeId={programmeId}
        reload={reload}
        level="first"
        empty={t('Ingen indberetninger fra underenheder venter.', 'No reports from sub-units are waiting.')}
      />
    </>
  );
}
