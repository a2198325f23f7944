import { useState } from 'react';
import type { ApiClient } from '../api/client.js';
import { loadMunicipalities, loadPopulationStatistics } from '../dashboards/dashboard-load.js';
import { Choice } from '../dashboards/choice.js';
import { EmptyState } from '../dashboards/empty-state.js';
import { PopulationTable } from '../dashboards/population-table.js';
import { RegionView } from '../dashboards/region-view.js';
import { useI18n } from '../i18n/i18n.js';
import { useLoad } from '../portal-context.js';
import { loadProgress, type Progress } from './progress-page.js';
import { ProgrammeSection } from '../components/programme-section.js';

async function loadRegions(api: ApiClient, programmeId: string) {
  const [progress, municipalities] = await Promise.all([
    loadProgress(api, programmeId),
    loadMunicipalities(api),
  ]);
  return { ...progress, municipalities };
}

type Municipalities = Awaited<ReturnType<typeof loadMunicipalities>>;

/** The municipalities' figures for an indicator, under the five regions. */
export function RegionPage({ programmeId }: { programmeId: string }) {
  const { t } = useI18n();
  const loaded = useLoad((api) => loadRegions(api, programmeId), `regions:${programmeId}`);
  return (
    <ProgrammeSection section={t('Regioner', 'Regions')} loaded={loaded}>
      {(data) => <RegionChoice {...data} />}
    </ProgrammeSection>
  );
}

type IndicatorProgress = Progress['progress'][number]['indicators'][number];

function RegionChoice({
  programme,
  progress,
  municipalities,
}: Progress & { municipalities: Municipalities }) {
  const { t } = useI18n();
  const [period, setPeriod] = useState<string | null>(null);
  const [code, setCode] = useState<string | null>(null);
  const selected = progress.find((item) => item.period === period) ?? progress.at(-1);
  const indicator = selected?.indicators.find((item) => item.code === code) ?? selected?.indicators[0];
  if (!selected || !indicator) return <RegionEmpty programmeId={programme.id} nothingYet />;
  return (
    <>
      <div className="toolbar">
        <Choice
          id="region-indicator"
          label={t('Indikator', 'Indicator')}
          value={indicator.code}
          options={selected.indicators.map((item) => ({
            value: item.code,
            label: t(item.nameDa, item.nameEn),
          }))}
          onChange={setCode}
        />
        <Choice
          id="region-period"
          label={t('Periode', 'Period')}
          value={selected.period}
          options={progress.map((item) => ({ value: item.period, label: item.period }))}
          onChange={setPeriod}
        />
      </div>
      {indicator.organisations.length === 0 ? (
        <RegionEmpty programmeId={programme.id} nothingYet={false} />
      ) : (
        <RegionFigures indicator={indicator} period={selected.period} municipalities={municipalities} />
      )}
    </>
  );
}

/** The indicator's figures under the regions, and beside them the population context. */
function RegionFigures({
  indicator,
  period,
  municipalities,
}: {
  indicator: IndicatorProgress;
  period: string;
  municipalities: Municipalities;
}) {
  const regions = new Map([...municipalities].map(([id, municipality]) => [id, municipality.regionCode]));
  return (
    <>
      <RegionView indicator={indicator} period={period} regions={regions} />
      {/* Keyed by the indicator: one indicator's statistics never show beside another's figures. */}
      <PopulationContext
        key={indicator.code}
        indicator={indicator}
        period={period}
        municipalities={municipalities}
      />
    </>
  );
}

/** The official statistics beside the organisations' figures, where the library has them for the indicator. */
function PopulationContext({
  indicator,
  period,
  municipalities,
}: {
  indicator: IndicatorProgress;
  period: string;
  municipalities: Municipalities;
}) {
  const loaded = useLoad(
    (api) => loadPopulationStatistics(api, indicator.code),
    `population:${indicator.code}`,
  );
  if (loaded.state !== 'ready' || loaded.data.length === 0) return null;
  return (
    <PopulationTable
      indicator={indicator}
      statistics={loaded.data}
      period={period}
      kommunekodeOf={(id) => municipalities.get(id)?.kommunekode ?? null}
    />
  );
}

/** Nothing to show: no periods or indicators yet, or no approved figures for the choice. */
function RegionEmpty({ programmeId, nothingYet }: { programmeId: string; nothingYet: boolean }) {
  const { t } = useI18n();
  return (
    <EmptyState
      text={
        nothingYet
          ? t(
              'Der er ingen tal at vise endnu. Når programmet har en indberetningsperiode med indikatorer, og kommunernes tal er godkendt, vises de her under deres region.',
              'There are no figures to show yet. Once the programme has a reporting period with indicators and the municipalities’ figures are approved, they show here under their region.',
            )
          : t(
              'Ingen godkendte tal for indikatoren i perioden. Tallene kommer her, når backbone-organisationen har godkendt indberetningerne.',
              'No approved figures for the indicator in the period. They show here once the backbone organisation has approved the reports.',
            )
      }
      href={`/programmes/${programmeId}/progress`}
      link={t('Se programmets fremdrift', 'See the programme’s progress')}
    />
  );
}
