import type { HealthCheckResultsDto, HealthCheckRoundResultDto } from '@samvirke/contracts';
import { HEALTH_CHECK_CONDITIONS } from '@samvirke/contracts';
import { Table } from '../components/data-table.js';
import { useI18n, type I18n } from '../i18n/i18n.js';
import { conditionName, scaleLabels } from './condition-names.js';

/** A mean on the 1–5 scale, always with two decimals so the rounds line up ("3,00", "3,45"). */
function formatMean(i18n: I18n, mean: number): string {
  return new Intl.NumberFormat(i18n.language === 'da' ? 'da-DK' : 'en-GB', {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(mean);
}

function cellText(i18n: I18n, round: HealthCheckRoundResultDto, condition: string): string {
  const { t } = i18n;
  if (round.hidden === 'open')
    return t(`Åben (${round.responseCount} svar)`, `Open (${round.responseCount} responses)`);
  if (round.hidden === 'too-few-responses')
    return t(
      `Skjult: ${round.responseCount} af mindst ${round.minResponses} svar`,
      `Hidden: ${round.responseCount} of at least ${round.minResponses} responses`,
    );
  const result = round.conditions.find((entry) => entry.condition === condition);
  return result ? formatMean(i18n, result.mean) : '–';
}

/**
 * The health check's results: per condition the mean (1–5) of every round, oldest first, and for
 * the latest round with figures the mean as a bar and how the answers spread over the scale.
 */
export function HealthCheckResults({ results }: { results: HealthCheckResultsDto }) {
  const i18n = useI18n();
  const { t, language } = i18n;
  const rounds = results.rounds;
  const latest = [...rounds].reverse().find((round) => round.hidden === null);
  return (
    <section aria-labelledby="health-results">
      <h2 id="health-results">{t('Resultater over tid', 'Results over time')}</h2>
      {rounds.length === 0 ? (
        <p className="notice">{t('Der er ingen runder endnu.', 'There are no rounds yet.')}</p>
      ) : (
        <Table
          label={t('Gennemsnit pr. betingelse (1–5)', 'Mean per condition (1–5)')}
          showCaption
          columns={[
            { head: t('Betingelse', 'Condition'), cell: (condition) => conditionName(condition, language) },
            ...rounds.map((round) => ({
              head: round.title,
              cell: (condition: (typeof HEALTH_CHECK_CONDITIONS)[number]) => cellText(i18n, round, condition),
              className: 'num',
            })),
          ]}
          rows={HEALTH_CHECK_CONDITIONS}
          rowKey={(condition) => condition}
        />
      )}
      {latest && <Distribution round={latest} />}
    </section>
  );
}

/** How many answered "Ved ikke" to a condition's items: shown beside the mean, never in it. */
function DontKnow({ count }: { count: number }) {
  const { t } = useI18n();
  if (count === 0) return null;
  return (
    <span className="muted">
      {' '}
      ({t(`Ved ikke: ${count}, ikke i gennemsnittet`, `Don't know: ${count}, not in the mean`)})
    </span>
  );
}

function Distribution({ round }: { round: HealthCheckRoundResultDto }) {
  const i18n = useI18n();
  const { t, language } = i18n;
  const labels = scaleLabels(language);
  return (
    <>
      <h3>{t(`Fordeling af svarene i ${round.title}`, `Spread of the answers in ${round.title}`)}</h3>
      <ul className="health-bars">
        {round.conditions.map((result) => {
          const total = result.distribution.reduce((sum, count) => sum + count, 0) || 1;
          const shares = result.distribution.map((count) => Math.round((count / total) * 100));
          const spoken = shares.map((share, index) => `${labels[index] ?? index + 1} ${share} %`).join(', ');
          const name = conditionName(result.condition, language);
          return (
            <li key={result.condition}>
              <span className="health-bar-name">
                {name}: {formatMean(i18n, result.mean)}
                <DontKnow count={result.dontKnow} />
              </span>
              <span className="health-mean" aria-hidden="true">
                <span style={{ width: `${(result.mean / 5) * 100}%` }} />
              </span>
              <span className="health-spread" role="img" aria-label={`${name}: ${spoken}`}>
                {shares.map((share, index) => (
                  <span key={index} className={`point-${index + 1}`} style={{ width: `${share}%` }} />
                ))}
              </span>
            </li>
          );
        })}
      </ul>
      <Legend labels={labels} />
    </>
  );
}

function Legend({ labels }: { labels: readonly string[] }) {
  return (
    <p className="legend muted">
      {labels.map((label, index) => (
        <span key={label} className={`health-key point-${index + 1}`}>
          {label}
        </span>
      ))}
    </p>
  );
}
