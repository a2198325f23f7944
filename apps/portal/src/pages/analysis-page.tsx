import { DK_REGIONS, type AnalyticsDto, type AnalyticsRowDto } from '@samvirke/contracts';
import { useState } from 'react';
import type { ApiClient } from '../api/client.js';
import {
  analysisColumns,
  analysisQuery,
  analysisTable,
  NO_CHOICE,
  type AnalysisChoice,
} from '../analysis/analysis.js';
import { Table } from '../components/data-table.js';
import { ProgrammeSection } from '../components/programme-section.js';
import { Await } from '../components/status.js';
import { Choice } from '../dashboards/choice.js';
import { EmptyState } from '../dashboards/empty-state.js';
import { useI18n } from '../i18n/i18n.js';
import { useLoad } from '../portal-context.js';
import { loadProgramme } from '../programmes.js';

const analytics = (api: ApiClient, programmeId: string, query: string) =>
  api.get<AnalyticsDto>(`/measurement/programmes/${programmeId}/analytics${query ? `?${query}` : ''}`);

/** The programme's indicators and the periods with approved values: what the choices offer. */
async function loadChoices(api: ApiClient, programmeId: string) {
  const [programme, all] = await Promise.all([
    loadProgramme(api, programmeId),
    analytics(api, programmeId, ''),
  ]);
  return { programme, all };
}

/** A pivot of the programme's approved figures: by organisation or region, by breakdown, filtered. */
export function AnalysisPage({ programmeId }: { programmeId: string }) {
  const { t } = useI18n();
  const loaded = useLoad((api) => loadChoices(api, programmeId), `analysis:${programmeId}`);
  return (
    <ProgrammeSection section={t('Analyse', 'Analysis')} loaded={loaded}>
      {({ programme, all }) =>
        all.rows.length === 0 ? (
          <EmptyState
            text={t(
              'Der er ingen godkendte tal i programmet endnu. Når backbone-organisationen har godkendt en indberetning, kan tallene analyseres her.',
              'There are no approved figures in the programme yet. Once the backbone has approved a report, the figures can be analysed here.',
            )}
            href={`/programmes/${programme.id}/progress`}
            link={t('Se programmets fremdrift', 'See the programme’s progress')}
          />
        ) : (
          <Analysis programmeId={programme.id} all={all} />
        )
      }
    </ProgrammeSection>
  );
}

function Analysis({ programmeId, all }: { programmeId: string; all: AnalyticsDto }) {
  const { t } = useI18n();
  const [choice, setChoice] = useState<AnalysisChoice>({ ...NO_CHOICE, place: 'region' });
  const query = analysisQuery(choice);
  const loaded = useLoad((api) => analytics(api, programmeId, query), `analysis:${programmeId}:${query}`);
  const periods = [...new Set(all.rows.map((row) => row.period))].sort();
  const set = (change: Partial<AnalysisChoice>) => setChoice((current) => ({ ...current, ...change }));
  const anyPeriod = { value: '', label: t('Alle', 'All') };
  return (
    <>
      <div className="toolbar">
        <Choice
          id="analysis-place"
          label={t('Opdel efter', 'Split by')}
          value={choice.place}
          options={[
            { value: '', label: t('Hele programmet', 'The whole programme') },
            { value: 'organisation', label: t('Organisation', 'Organisation') },
            { value: 'region', label: t('Region', 'Region') },
          ]}
          onChange={(place) => set({ place: place as AnalysisChoice['place'] })}
        />
        <div className="check">
          <input
            id="analysis-disaggregation"
            type="checkbox"
            checked={choice.disaggregation}
            onChange={(event) => set({ disaggregation: event.target.checked })}
          />
          <label htmlFor="analysis-disaggregation">
            {t('Med opdelinger (køn, alder …)', 'With breakdowns (gender, age …)')}
          </label>
        </div>
        <Choice
          id="analysis-indicator"
          label={t('Indikator', 'Indicator')}
          value={choice.indicator}
          options={[
            { value: '', label: t('Alle', 'All') },
            ...all.indicators.map((indicator) => ({ value: indicator.code, label: indicator.nameDa })),
          ]}
          onChange={(indicator) => set({ indicator })}
        />
        <Choice
          id="analysis-from"
          label={t('Fra', 'From')}
          value={choice.from}
          options={[anyPeriod, ...periods.map((period) => ({ value: period, label: period }))]}
          onChange={(from) => set({ from })}
        />
        <Choice
          id="analysis-to"
          label={t('Til', 'To')}
          value={choice.to}
          options={[anyPeriod, ...periods.map((period) => ({ value: period, label: period }))]}
          onChange={(to) => set({ to })}
        />
        <Choice
          id="analysis-region"
          label={t('Region', 'Region')}
          value={choice.region}
          options={[
            { value: '', label: t('Alle', 'All') },
            ...Object.entries(DK_REGIONS).map(([code, name]) => ({ value: code, label: name })),
          ]}
          onChange={(region) => set({ region })}
        />
      </div>
      <Await loaded={loaded}>{(answer) => <AnalysisTable answer={answer} />}</Await>
    </>
  );
}

function AnalysisTable({ answer }: { answer: AnalyticsDto }) {
  const i18n = useI18n();
  const { t } = i18n;
  if (answer.rows.length === 0)
    return (
      <p className="muted">
        {t('Ingen godkendte tal for det valgte.', 'No approved figures for this choice.')}
      </p>
    );
  const columns = analysisColumns(answer, t).map((column) => ({
    head: column.head,
    cell: (row: AnalyticsRowDto) => {
      const cell = column.cell(row);
      return typeof cell === 'number' ? i18n.formatNumber(cell) : (cell ?? '–');
    },
    className:
      column.head === t('Værdi', 'Value') || column.head === t('Bidragydere', 'Contributors')
        ? 'num'
        : undefined,
  }));
  return (
    <>
      <p className="muted">
        {t(
          'Små antal står som "<5", og tal, der ellers ville lade et lille antal regne ud, som "undertrykt" – de samme regler som på fremdriftssiden.',
          'Small counts read "<5", and figures that would let a small count be worked out read "suppressed" – the same rules as on the progress page.',
        )}
      </p>
      <Table<AnalyticsRowDto>
        label={t('Analyse', 'Analysis')}
        columns={columns}
        rows={answer.rows}
        rowKey={(row) =>
          [row.indicator, row.period, row.organisationId, row.regionCode, row.disaggregation].join('|')
        }
        downloads={{
          caption: t('analysen', 'the analysis'),
          fileName: t('analyse', 'analysis'),
          ...analysisTable(answer, t),
        }}
      />
    </>
  );
}
