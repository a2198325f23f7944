import type { ProgrammeDto, ProgrammeIndicatorDto } from '@samvirke/contracts';
import { useI18n } from '../i18n/i18n.js';
import { Link } from '../router.js';

/**
 * Which indicators measure which goal of the common agenda (set on the programme's Måling page);
 * a goal no indicator measures stands out, as a goal nobody works on does in the goal map.
 */
export function GoalIndicatorsSection({
  programme,
  indicators,
}: {
  programme: ProgrammeDto;
  indicators: readonly ProgrammeIndicatorDto[];
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const name = (item: ProgrammeIndicatorDto) => (i18n.language === 'da' ? item.nameDa : item.nameEn);
  if (programme.goals.length === 0) return null;
  return (
    <section aria-labelledby="goal-indicators">
      <h2 id="goal-indicators">{t('Mål × indikatorer', 'Goals × indicators')}</h2>
      <ul className="goal-indicators">
        {programme.goals.map((goal) => {
          const measuring = indicators.filter((item) => item.goalIds.includes(goal.id));
          return (
            <li key={goal.id}>
              <strong>{goal.title}</strong>:{' '}
              {measuring.length > 0 ? (
                <>
                  {measuring.map(name).join(', ')} ·{' '}
                  <Link href={`/programmes/${programme.id}/scorecard/${goal.id}`}>
                    {t(`Scorecard for ${goal.title}`, `Scorecard for ${goal.title}`)}
                  </Link>
                </>
              ) : (
                <span className="badge badge-returned">
                  {t('Ingen indikator måler målet', 'No indicator measures this goal')}
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
