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
import { Table, type Column } from '../components/data-table.js';
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
  const [choice, setChoice] = useState<AnalysisChoice>({ ...NO_CHOICE, place: 'region' });
  const query = analysisQuery(choice);
  const loaded = useLoad((api) => analytics(api, programmeId, query), `analysis:${programmeId}:${query}`);
  const set = (change: Partial<AnalysisChoice>) => setChoice((current) => ({ ...current, ...change }));
  return (
    <>
      <div className="toolbar">
        <DimensionChoices choice={choice} set={set} />
        <FilterChoices choice={choice} set={set} all={all} />
      </div>
      <Await loaded={loaded}>{(answer) => <AnalysisTable answer={answer} />}</Await>
    </>
  );
}

interface ChoicesProps {
  readonly choice: AnalysisChoice;
  readonly set: (change: Partial<AnalysisChoice>) => void;
}

/** What the rows are split by: organisation or region, and the breakdowns. */
function DimensionChoices({ choice, set }: ChoicesProps) {
  const { t } = useI18n();
  return (
    <>
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
    </>
  );
}

/** Which rows: an indicator, a range of periods, a region. */
function FilterChoices({ choice, set, all }: ChoicesProps & { all: AnalyticsDto }) {
  const { t } = useI18n();
  const everything = { value: '', label: t('Alle', 'All') };
  const periods = [
    everything,
    ...[...new Set(all.rows.map((row) => row.period))]
      .sort()
      .map((period) => ({ value: period, label: period })),
  ];
  const indicators = all.indicators.map((indicator) => ({ value: indicator.code, label: indicator.nameDa }));
  const regions = Object.entries(DK_REGIONS).map(([code, name]) => ({ value: code, label: name }));
  const choose = (id: keyof AnalysisChoice, label: string, options: { value: string; label: string }[]) => (
    <Choice
      id={`analysis-${id}`}
      label={label}
      value={String(choice[id])}
      options={options}
      onChange={(value) => set({ [id]: value })}
    />
  );
  return (
    <>
      {choose('indicator', t('Indikator', 'Indicator'), [everything, ...indicators])}
      {choose('from', t('Fra', 'From'), periods)}
      {choose('to', t('Til', 'To'), periods)}
      {choose('region', t('Region', 'Region'), [everything, ...regions])}
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
        columns={shownColumns(answer, i18n)}
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

/** The answer's columns as the page shows them: numbers the reader's way, "–" for none, figures right-aligned. */
function shownColumns(answer: AnalyticsDto, i18n: ReturnType<typeof useI18n>): Column<AnalyticsRowDto>[] {
  const { t } = i18n;
  const figures = new Set([t('Værdi', 'Value'), t('Bidragydere', 'Contributors')]);
  return analysisColumns(answer, t).map((column) => ({
    head: column.head,
    cell: (row: AnalyticsRowDto) => {
      const cell = column.cell(row);
      return typeof cell === 'number' ? i18n.formatNumber(cell) : (cell ?? '–');
    },
    className: figures.has(column.head) ? 'num' : undefined,
  }));
}
