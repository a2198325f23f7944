import type { ProgrammeDto, ProgrammeIndicatorDto, ProgressDto } from '@samvirke/contracts';
import { useState } from 'react';
import type { ApiClient } from '../api/client.js';
import { useI18n } from '../i18n/i18n.js';
import { useLoad } from '../portal-context.js';
import { DataQuality } from '../progress/data-quality.js';
import { IndicatorPanel } from '../progress/indicator-panel.js';
import { ReportDownloads } from '../progress/report-downloads.js';
import { loadProgramme } from '../programmes.js';
import { loadPeriods } from '../reporting/load.js';
import { ProgrammeSection } from '../components/programme-section.js';

export interface Progress {
  readonly programme: ProgrammeDto;
  readonly tracked: ProgrammeIndicatorDto[];
  /** The progress of every period, oldest first. */
  readonly progress: ProgressDto[];
}

export async function loadProgress(api: ApiClient, programmeId: string): Promise<Progress> {
  const [programme, periods, tracked] = await Promise.all([
    loadProgramme(api, programmeId),
    loadPeriods(api, programmeId),
    api.get<ProgrammeIndicatorDto[]>(`/measurement/programmes/${programmeId}/indicators`),
  ]);
  const labels = [...new Set(periods.map((period) => period.period))].sort();
  // Expanded: a municipality's row comes with the sub-units folded into it, for the breakdown.
  const progress = await Promise.all(
    labels.map((label) =>
      api.get<ProgressDto>(
        `/measurement/programmes/${programmeId}/progress?period=${encodeURIComponent(label)}&hierarchy=expanded`,
      ),
    ),
  );
  return { programme, tracked, progress };
}

export function ProgressPage({ programmeId }: { programmeId: string }) {
  const { t } = useI18n();
  const loaded = useLoad((api) => loadProgress(api, programmeId), `progress:${programmeId}`);
  const [chosen, setChosen] = useState<string | null>(null);
  return (
    <ProgrammeSection section={t('Fremdrift', 'Progress')} loaded={loaded}>
      {(data, reload) => (
        <>
          <ProgressView {...data} chosen={chosen} onChoose={setChosen} reload={reload} />
          {data.progress.length > 0 && (
            <ReportDownloads programmeName={data.programme.name} progress={data.progress} />
          )}
        </>
      )}
    </ProgrammeSection>
  );
}

interface ViewProps extends Progress {
  /** The period chosen; the latest until the user chooses. */
  readonly chosen: string | null;
  readonly onChoose: (period: string) => void;
  readonly reload: () => void;
}

function ProgressView({ tracked, progress, chosen, onChoose, reload }: ViewProps) {
  const { t } = useI18n();
  const selected = progress.find((item) => item.period === chosen) ?? progress[progress.length - 1];
  if (!selected)
    return (
      <p>
        {t(
          'Programmet har ingen indberetningsperioder endnu.',
          'The programme has no reporting periods yet.',
        )}
      </p>
    );
  return (
    <>
      <PeriodToolbar
        periods={progress.map((item) => item.period)}
        selected={selected.period}
        onChoose={onChoose}
        reload={reload}
      />
      <DataQuality progress={selected} />
      {selected.indicators.map((indicator) => (
        <IndicatorPanel
          key={indicator.code}
          indicator={indicator}
          config={tracked.find((item) => item.code === indicator.code)}
          progress={progress}
          period={selected.period}
        />
      ))}
    </>
  );
}

function PeriodToolbar({
  periods,
  selected,
  onChoose,
  reload,
}: {
  periods: string[];
  selected: string;
  onChoose: (period: string) => void;
  reload: () => void;
}) {
  const { t } = useI18n();
  return (
    <div className="toolbar">
      <div className="field inline">
        <label htmlFor="period">{t('Periode', 'Period')}</label>
        <select id="period" value={selected} onChange={(event) => onChoose(event.target.value)}>
          {periods.map((period) => (
            <option key={period} value={period}>
              {period}
            </option>
          ))}
        </select>
      </div>
      <button type="button" onClick={reload}>
        {t('Opdater', 'Refresh')}
      </button>
    </div>
  );
}
