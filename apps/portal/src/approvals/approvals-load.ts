import type {
  MembershipDto,
  ParentApprovalItem,
  ProgrammeDto,
  ReportingPeriodDto,
  SubmissionDto,
  SubmissionListItem,
} from '@samvirke/contracts';
import type { ApiClient } from '../api/client.js';
import { loadMembers, loadProgramme } from '../programmes.js';
import { loadLatestSubmissions, loadPeriods, loadSubmission } from '../reporting/load.js';

/** A data provider's report for a period, as far as it has come. */
export interface QueueItem {
  period: ReportingPeriodDto;
  member: MembershipDto;
  latest: SubmissionListItem | null;
}

/** A submission waiting for a decision, with its values. */
export interface WaitingItem extends QueueItem {
  submitted: SubmissionDto;
}

export interface Approvals {
  readonly programme: ProgrammeDto;
  readonly items: QueueItem[];
  /** Waiting for the backbone's decision. */
  readonly waiting: WaitingItem[];
  /** Sub-units' submissions waiting first for their municipality (two-level approval). */
  readonly awaitingMunicipality: QueueItem[];
}

/** Every period × data provider with its latest report, and those waiting for a decision. */
export async function loadApprovals(api: ApiClient, programmeId: string): Promise<Approvals> {
  const [programme, periods, members, listed, firstLevel] = await Promise.all([
    loadProgramme(api, programmeId),
    loadPeriods(api, programmeId),
    loadMembers(api, programmeId),
    loadLatestSubmissions(api, programmeId),
    loadParentQueue(api, programmeId, 'waiting'),
  ]);
  const latest = new Map(listed.map((item) => [`${item.periodId}:${item.organisationId}`, item]));
  const providers = members.filter((member) => member.roles.includes('data-provider'));
  const items = periods.flatMap((period) =>
    providers.map((member): QueueItem => ({
      period,
      member,
      latest: latest.get(`${period.id}:${member.organisationId}`) ?? null,
    })),
  );
  const first = new Set(firstLevel.map((entry) => entry.submissionId));
  const atFirst = (item: QueueItem) => item.latest !== null && first.has(item.latest.id);
  return {
    programme,
    items,
    waiting: await loadWaiting(
      api,
      programmeId,
      items.filter((item) => !atFirst(item)),
    ),
    awaitingMunicipality: items.filter(atFirst),
  };
}

/** Sub-units' submitted versions and their first-level approval (two-level approval). */
export function loadParentQueue(
  api: ApiClient,
  programmeId: string,
  state: 'waiting' | 'all',
): Promise<ParentApprovalItem[]> {
  return api.get<ParentApprovalItem[]>(
    `/measurement/programmes/${programmeId}/parent-approvals?state=${state}`,
  );
}

// Only what waits for a decision is read with its values.
export async function loadWaiting(
  api: ApiClient,
  programmeId: string,
  items: QueueItem[],
): Promise<WaitingItem[]> {
  const waiting = await Promise.all(
    items
      .filter((item) => item.latest?.status === 'submitted')
      .map(async (item): Promise<WaitingItem | null> => {
        const history = await loadSubmission(api, programmeId, item.period.id, item.member.organisationId);
        return history?.latest.status === 'submitted' ? { ...item, submitted: history.latest } : null;
      }),
  );
  return waiting.filter((item): item is WaitingItem => item !== null);
}
