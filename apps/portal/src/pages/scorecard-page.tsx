import type { ProgrammeDto, ScorecardDto } from '@samvirke/contracts';
import type { ApiClient } from '../api/client.js';
import { useI18n } from '../i18n/i18n.js';
import { ScorecardCard } from '../learning/scorecard-card.js';
import { scorecardGroups, type ScorecardGroupKey } from '../learning/scorecard-groups.js';
import { useLoad } from '../portal-context.js';
import { loadProgramme } from '../programmes.js';
import { navigate } from '../router.js';
import { ProgrammeSection } from '../components/programme-section.js';

interface Scorecard {
  readonly programme: ProgrammeDto;
  readonly scorecard: ScorecardDto;
}

async function loadScorecard(api: ApiClient, programmeId: string, goalId?: string): Promise<Scorecard> {
  const query = goalId ? `?goalId=${encodeURIComponent(goalId)}` : '';
  const [programme, scorecard] = await Promise.all([
    loadProgramme(api, programmeId),
    api.get<ScorecardDto>(`/measurement/programmes/${programmeId}/scorecard${query}`),
  ]);
  return { programme, scorecard };
}

/** The Results-Based Accountability scorecard of a programme, or of one of its goals. */
export function ScorecardPage({ programmeId, goalId }: { programmeId: string; goalId?: string }) {
  const { t } = useI18n();
  const loaded = useLoad(
    (api) => loadScorecard(api, programmeId, goalId),
    `scorecard:${programmeId}:${goalId ?? ''}`,
  );
  return (
    <ProgrammeSection section={t('Scorecard', 'Scorecard')} loaded={loaded}>
      {({ programme, scorecard }) => (
        <>
          <GoalChooser programme={programme} goalId={goalId} />
          <ScorecardSections programmeId={programmeId} scorecard={scorecard} />
        </>
      )}
    </ProgrammeSection>
  );
}

function GoalChooser({ programme, goalId }: { programme: ProgrammeDto; goalId?: string }) {
  const { t } = useI18n();
  if (programme.goals.length === 0) return null;
  const base = `/programmes/${programme.id}/scorecard`;
  return (
    <div className="toolbar">
      <div className="field inline">
        <label htmlFor="scorecard-goal">{t('Mål', 'Goal')}</label>
        <select
          id="scorecard-goal"
          value={goalId ?? ''}
          onChange={(event) => navigate(event.target.value ? `${base}/${event.target.value}` : base)}
        >
          <option value="">{t('Hele programmet', 'The whole programme')}</option>
          {programme.goals.map((goal) => (
            <option key={goal.id} value={goal.id}>
              {goal.title}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}

function ScorecardSections({ programmeId, scorecard }: { programmeId: string; scorecard: ScorecardDto }) {
  const { t } = useI18n();
  const titles: Record<ScorecardGroupKey, string> = {
    population: t('Befolkningsindikatorer', 'Population indicators'),
    'how-much': t('Hvor meget gjorde vi?', 'How much did we do?'),
    'how-well': t('Hvor godt gjorde vi det?', 'How well did we do it?'),
    'better-off': t('Har nogen fået det bedre?', 'Is anyone better off?'),
    performance: t('Andre resultatmål', 'Other performance measures'),
    unclassified: t('Ikke klassificeret', 'Not classified'),
  };
  const groups = scorecardGroups(scorecard.indicators);
  if (groups.length === 0)
    return <p>{t('Ingen indikatorer at vise endnu.', 'No indicators to show yet.')}</p>;
  return (
    <>
      <p className="muted">
        {t(
          'Befolkningsindikatorer handler om hele målgruppen; resultatmål om programmets egne indsatser. Værdier under 5 og tal fra for få organisationer vises ikke.',
          "Population indicators are about the whole target group; performance measures about the programme's own activities. Values under 5 and figures from too few organisations are not shown.",
        )}
      </p>
      {groups.map((group) => (
        <section key={group.key} aria-labelledby={`scorecard-group-${group.key}`}>
          <h2 id={`scorecard-group-${group.key}`}>{titles[group.key]}</h2>
          {group.indicators.map((indicator) => (
            <ScorecardCard key={indicator.code} programmeId={programmeId} indicator={indicator} />
          ))}
        </section>
      ))}
    </>
  );
}
