import type {
  IndicatorDto,
  Page,
  ProgrammeDto,
  ProgrammeIndicatorDto,
  ReportingPeriodDto,
  SubmissionHistory,
  SubmissionListItem,
} from '@samvirke/contracts';
import { ApiError, type ApiClient } from '../api/client.js';
import { loadProgramme } from '../programmes.js';

export function submissionPath(programmeId: string, periodId: string, organisationId: string): string {
  return `/measurement/programmes/${programmeId}/periods/${periodId}/submissions/${organisationId}`;
}

/** An organisation's submission history, or null when it has saved nothing for the period yet. */
export async function loadSubmission(
  api: ApiClient,
  programmeId: string,
  periodId: string,
  organisationId: string,
): Promise<SubmissionHistory | null> {
  try {
    return await api.get<SubmissionHistory>(submissionPath(programmeId, periodId, organisationId));
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}

/**
 * The latest version of every submission of the programme that the caller may read (without
 * values), page by page: one request per 200 instead of one per period and organisation.
 */
export async function loadLatestSubmissions(
  api: ApiClient,
  programmeId: string,
): Promise<SubmissionListItem[]> {
  const items: SubmissionListItem[] = [];
  for (;;) {
    const page = await api.get<Page<SubmissionListItem>>(
      `/measurement/programmes/${programmeId}/submissions?limit=200&offset=${items.length}`,
    );
    items.push(...page.items);
    if (page.items.length === 0 || items.length >= page.total) return items;
  }
}

export function loadPeriods(api: ApiClient, programmeId: string): Promise<ReportingPeriodDto[]> {
  return api.get<ReportingPeriodDto[]>(`/measurement/programmes/${programmeId}/periods`);
}

export interface PeriodContext {
  programme: ProgrammeDto;
  period: ReportingPeriodDto;
  tracked: ProgrammeIndicatorDto[];
  indicators: Map<string, IndicatorDto>;
}

export async function loadPeriodContext(
  api: ApiClient,
  programmeId: string,
  periodId: string,
): Promise<PeriodContext> {
  const [programme, periods, tracked] = await Promise.all([
    loadProgramme(api, programmeId),
    loadPeriods(api, programmeId),
    api.get<ProgrammeIndicatorDto[]>(`/measurement/programmes/${programmeId}/indicators`),
  ]);
  const period = periods.find((candidate) => candidate.id === periodId);
  if (!period) throw new ApiError(404, undefined);
  const relevant = tracked.filter((item) => item.frequency === period.frequency);
  const definitions = await Promise.all(
    relevant.map((item) => api.get<IndicatorDto>(`/measurement/indicators/${item.indicatorId}`)),
  );
  return { programme, period, tracked: relevant, indicators: new Map(definitions.map((d) => [d.id, d])) };
}
