import type {
  IndicatorDto,
  MeasurementSettings,
  Page,
  ProgrammeDto,
  ProgrammeIndicatorDto,
  ReportingPeriodDto,
} from '@samvirke/contracts';
import type { ApiClient } from '../api/client.js';
import { loadProgramme } from '../programmes.js';

export interface MeasurementSetup {
  readonly programme: ProgrammeDto;
  readonly tracked: ProgrammeIndicatorDto[];
  /** The library's current versions: what may be added to the programme. */
  readonly addable: IndicatorDto[];
  readonly settings: MeasurementSettings;
  readonly periods: ReportingPeriodDto[];
}

export async function loadMeasurementSetup(api: ApiClient, programmeId: string): Promise<MeasurementSetup> {
  const base = `/measurement/programmes/${programmeId}`;
  const [programme, tracked, library, settings, periods] = await Promise.all([
    loadProgramme(api, programmeId),
    api.get<ProgrammeIndicatorDto[]>(`${base}/indicators`),
    api.get<Page<IndicatorDto>>('/measurement/indicators?status=current&limit=200'),
    api.get<MeasurementSettings>(`${base}/measurement-settings`),
    api.get<ReportingPeriodDto[]>(`${base}/periods`),
  ]);
  return { programme, tracked, addable: library.items, settings, periods };
}
