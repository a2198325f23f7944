import type { DisaggregatedProgressDto } from '@samvirke/contracts';
import { useState } from 'react';
import type { ApiClient } from '../api/client.js';
import { Choice } from '../dashboards/choice.js';
import { DisaggregationView } from '../dashboards/disaggregation-view.js';
import { EmptyState } from '../dashboards/empty-state.js';
import { useI18n } from '../i18n/i18n.js';
import { useLoad } from '../portal-context.js';
import { loadProgramme } from '../programmes.js';
import { loadPeriods } from '../reporting/load.js';
import { ProgrammeSection } from '../components/programme-section.js';

async function loadBreakdowns(api: ApiClient, programmeId: string) {
  const [programme, periods] = await Promise.all([
    loadProgramme(api, programmeId),
    loadPeriods(api, programmeId),
  ]);
  const labels = [...new Set(periods.map((period) => period.period))].sort();
  const answers = await Promise.all(
    labels.map((label) =>
      api.get<DisaggregatedProgressDto>(
        `/measurement/programmes/${programmeId}/progress/disaggregations?period=${encodeURIComponent(label)}`,
      ),
    ),
  );
  return { programme, answers };
}

/** The summed indicators by køn, alder and the other breakdowns they collect, per period. */
export function DisaggregationPage({ programmeId }: { programmeId: string }) {
  const { t } = useI18n();
  const loaded = useLoad((api) => loadBreakdowns(api, programmeId), `breakdowns:${programmeId}`);
  return (
    <ProgrammeSection section={t('Opdelinger', 'Breakdowns')} loaded={loaded}>
      {({ programme, answers }) => <BreakdownChoice programmeId={programme.id} answers={answers} />}
    </ProgrammeSection>
  );
}

function BreakdownChoice({
  programmeId,
  answers,
}: {
  programmeId: string;
  answers: DisaggregatedProgressDto[];
}) {
  const { t } = useI18n();
  const [period, setPeriod] = useState<string | null>(null);
  const answer = answers.find((item) => item.period === period) ?? answers.at(-1);
  if (!answer || answer.indicators.length === 0)
    return (
      <EmptyState
        text={t(
          'Ingen af programmets indikatorer er opdelt endnu. Giv en indikator opdelinger (fx køn eller alder) i indikatorbiblioteket, og bed dataleverandørerne indberette tallene for hver kategori; så vises de her.',
          'None of the programme’s indicators has breakdowns yet. Give an indicator breakdowns (e.g. gender or age) in the indicator library and ask the data providers to report each category; then they show here.',
        )}
        href={`/programmes/${programmeId}/progress`}
        link={t('Se programmets fremdrift', 'See the programme’s progress')}
      />
    );
  return (
    <>
      <div className="toolbar">
        <Choice
          id="breakdown-period"
          label={t('Periode', 'Period')}
          value={answer.period}
          options={answers.map((item) => ({ value: item.period, label: item.period }))}
          onChange={setPeriod}
        />
      </div>
      <DisaggregationView answer={answer} />
    </>
  );
}
