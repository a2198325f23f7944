import type {
  FundingOverviewDto,
  IndicatorDto,
  PopulationStatisticsDto,
  OrganisationDto,
  Page as PageOf,
  ProgrammeDto,
  ProgressDto,
} from '@samvirke/contracts';
import { ApiError, type ApiClient } from '../api/client.js';
import { loadPeriods } from '../reporting/load.js';
import { healthPeriod, programmeHealth, type ProgrammeHealth } from './portfolio.js';

/** What the dashboards fetch, composed from the services' own endpoints. */

/** The answer, or null where the caller may not see it (403/404): a dashboard shows what it can. */
export async function orNull<T>(request: Promise<T>): Promise<T | null> {
  try {
    return await request;
  } catch (error) {
    if (error instanceof ApiError && (error.status === 403 || error.status === 404)) return null;
    throw error;
  }
}

export function loadPeriodProgress(
  api: ApiClient,
  programmeId: string,
  period: string,
): Promise<ProgressDto> {
  return api.get<ProgressDto>(
    `/measurement/programmes/${programmeId}/progress?period=${encodeURIComponent(period)}`,
  );
}

async function loadHealth(api: ApiClient, programme: ProgrammeDto): Promise<ProgrammeHealth> {
  const [funding, periods] = await Promise.all([
    orNull(api.get<FundingOverviewDto>(`/grants/programmes/${programme.id}/funding`)),
    orNull(loadPeriods(api, programme.id)),
  ]);
  const period = healthPeriod(periods ?? []);
  const progress = period ? await orNull(loadPeriodProgress(api, programme.id, period.period)) : null;
  return programmeHealth(programme, funding, period, progress);
}

/** Every programme the caller's organisations take part in (for an officer: the foundation's), with its health. */
export async function loadPortfolio(api: ApiClient): Promise<ProgrammeHealth[]> {
  const programmes = await api.get<PageOf<ProgrammeDto>>('/partners/programmes?limit=200');
  return Promise.all(programmes.items.map((programme) => loadHealth(api, programme)));
}

/** Every municipality registered in Samvirke, by organisation id: its region and kommunekode. */
export async function loadMunicipalities(
  api: ApiClient,
): Promise<Map<string, Pick<OrganisationDto, 'regionCode' | 'kommunekode'>>> {
  const found = new Map<string, Pick<OrganisationDto, 'regionCode' | 'kommunekode'>>();
  for (let offset = 0; ; offset += 200) {
    const page = await api.get<PageOf<OrganisationDto>>(
      `/partners/organisations?type=municipality&limit=200&offset=${offset}`,
    );
    for (const { id, regionCode, kommunekode } of page.items) found.set(id, { regionCode, kommunekode });
    if (page.items.length === 0 || offset + page.items.length >= page.total) return found;
  }
}

/**
 * The official statistics of the indicator with this code (the library is searched for the exact
 * code); an empty list where the library has none or the caller may not read it.
 */
export async function loadPopulationStatistics(
  api: ApiClient,
  code: string,
): Promise<PopulationStatisticsDto['statistics']> {
  const page = await api.get<PageOf<IndicatorDto>>(
    `/measurement/indicators?q=${encodeURIComponent(code)}&limit=200`,
  );
  const indicator = page.items.find((item) => item.code === code);
  if (!indicator) return [];
  const found = await orNull(
    api.get<PopulationStatisticsDto>(`/measurement/indicators/${indicator.id}/statistics`),
  );
  return found?.statistics ?? [];
}
