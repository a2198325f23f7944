import { useState } from 'react';
import type { ApiClient } from '../api/client.js';
import { Page } from '../components/page.js';
import { ProgrammeNav } from '../components/programme-nav.js';
import { Await } from '../components/status.js';
import { loadMunicipalityRegions } from '../dashboards/dashboard-load.js';
import { EmptyState } from '../dashboards/empty-state.js';
import { RegionView } from '../dashboards/region-view.js';
import { useI18n } from '../i18n/i18n.js';
import { useLoad } from '../portal-context.js';
import { programmeHeading } from '../programmes.js';
import { loadProgress, type Progress } from './progress-page.js';

async function loadRegions(api: ApiClient, programmeId: string) {
  const [progress, regions] = await Promise.all([
    loadProgress(api, programmeId),
    loadMunicipalityRegions(api),
  ]);
  return { ...progress, regions };
}

/** The municipalities' figures for an indicator, under the five regions. */
export function RegionPage({ programmeId }: { programmeId: string }) {
  const { t } = useI18n();
  const loaded = useLoad((api) => loadRegions(api, programmeId), `regions:${programmeId}`);
  const heading = programmeHeading(
    t,
    t('Regioner', 'Regions'),
    loaded.state === 'ready' ? loaded.data.programme : undefined,
  );
  return (
    <Page title={heading.title} crumbs={heading.crumbs}>
      <Await loaded={loaded}>
        {(data) => (
          <>
            <ProgrammeNav programmeId={programmeId} name={data.programme.name} />
            <RegionChoice {...data} />
          </>
        )}
      </Await>
    </Page>
  );
}

function RegionChoice({ programme, progress, regions }: Progress & { regions: Map<string, string | null> }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [period, setPeriod] = useState<string | null>(null);
  const [code, setCode] = useState<string | null>(null);
  const selected = progress.find((item) => item.period === period) ?? progress.at(-1);
  const indicator = selected?.indicators.find((item) => item.code === code) ?? selected?.indicators[0];
  if (!selected || !indicator)
    return (
      <EmptyState
        text={t(
          'Der er ingen tal at vise endnu. Når programmet har en indberetningsperiode med indikatorer, og kommunernes tal er godkendt, vises de her under deres region.',
          'There are no figures to show yet. Once the programme has a reporting period with indicators and the municipalities’ figures are approved, they show here under their region.',
        )}
        href={`/programmes/${programme.id}/progress`}
        link={t('Se programmets fremdrift', 'See the programme’s progress')}
      />
    );
  return (
    <>
      <div className="toolbar">
        <div className="field inline">
          <label htmlFor="region-indicator">{t('Indikator', 'Indicator')}</label>
          <select
            id="region-indicator"
            value={indicator.code}
            onChange={(event) => setCode(event.target.value)}
          >
            {selected.indicators.map((item) => (
              <option key={item.code} value={item.code}>
                {t(item.nameDa, item.nameEn)}
              </option>
            ))}
          </select>
        </div>
        <div className="field inline">
          <label htmlFor="region-period">{t('Periode', 'Period')}</label>
          <select
            id="region-period"
            value={selected.period}
            onChange={(event) => setPeriod(event.target.value)}
          >
            {progress.map((item) => (
              <option key={item.period} value={item.period}>
                {item.period}
              </option>
            ))}
          </select>
        </div>
      </div>
      {indicator.organisations.length === 0 ? (
        <EmptyState
          text={t(
            'Ingen godkendte tal for indikatoren i perioden. Tallene kommer her, når backbone-organisationen har godkendt indberetningerne.',
            'No approved figures for the indicator in the period. They show here once the backbone organisation has approved the reports.',
          )}
          href={`/programmes/${programme.id}/progress`}
          link={t('Se fremdriften for alle perioder', 'See the progress of every period')}
        />
      ) : (
        <RegionView indicator={indicator} period={selected.period} regions={regions} />
      )}
    </>
  );
}
