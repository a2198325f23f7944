import type { CurvePoint, ScorecardIndicatorDto, TurningTheCurve } from '@samvirke/contracts';
import { TrendChart } from '../charts/trend-chart.js';
import { StatusBadge } from '../components/status.js';
import { useI18n, type I18n } from '../i18n/i18n.js';
import { adminTerm } from '../measurement-admin/admin-terms.js';
import { Link } from '../router.js';
import { trendPoints } from './scorecard-groups.js';

/** "Turning the curve" in words, with the forecast and the actual. */
export function TurningBadge({ turning }: { turning: TurningTheCurve }) {
  const i18n = useI18n();
  const { t } = i18n;
  const label = {
    turning: t('Kurven knækker', 'Turning the curve'),
    'not-turning': t('Kurven knækker ikke endnu', 'Not turning yet'),
    'insufficient-data': t('For få tal til en prognose', 'Too little data for a forecast'),
  }[turning.status];
  const status = { turning: 'approved', 'not-turning': 'returned', 'insufficient-data': 'draft' }[
    turning.status
  ];
  return (
    <p>
      <StatusBadge status={status} label={label} />{' '}
      {turning.forecast !== null && turning.actual !== null && (
        <span className="muted">
          {t(
            `${turning.period}: faktisk ${i18n.formatNumber(turning.actual)} mod prognose ${i18n.formatNumber(turning.forecast)}`,
            `${turning.period}: actual ${i18n.formatNumber(turning.actual)} against forecast ${i18n.formatNumber(turning.forecast)}`,
          )}
        </span>
      )}
    </p>
  );
}

function shown(i18n: I18n, value: CurvePoint['value']): string {
  if (value === null) return i18n.t('skjult eller ikke indberettet', 'hidden or not reported');
  return typeof value === 'number' ? i18n.formatNumber(value) : value;
}

/** One indicator of the scorecard: its class, direction, curve, turning the curve, and its stories. */
export function ScorecardCard({
  programmeId,
  indicator,
}: {
  programmeId: string;
  indicator: ScorecardIndicatorDto;
}) {
  const i18n = useI18n();
  const name = i18n.language === 'da' ? indicator.nameDa : indicator.nameEn;
  return (
    <section className="panel" aria-labelledby={`scorecard-${indicator.code}`}>
      <h3 id={`scorecard-${indicator.code}`}>{name}</h3>
      <CardFacts indicator={indicator} />
      <TurningBadge turning={indicator.turningTheCurve} />
      <TrendChart
        id={`scorecard-chart-${indicator.code}`}
        title={name}
        points={trendPoints(indicator.curve)}
        baseline={indicator.baseline}
      />
      <StoryLinks programmeId={programmeId} indicator={indicator} name={name} />
    </section>
  );
}

function CardFacts({ indicator }: { indicator: ScorecardIndicatorDto }) {
  const i18n = useI18n();
  const { t } = i18n;
  const latest = indicator.curve.at(-1);
  return (
    <dl className="facts">
      <dt>{t('Kode', 'Code')}</dt>
      <dd>{indicator.code}</dd>
      <dt>{t('En god udvikling', 'A good trend')}</dt>
      <dd>{adminTerm(i18n, indicator.goodDirection)}</dd>
      {latest && (
        <>
          <dt>{t('Seneste', 'Latest')}</dt>
          <dd>
            {shown(i18n, latest.value)} ({latest.period})
          </dd>
        </>
      )}
    </dl>
  );
}

/** Links to the story behind the curve of each period. */
function StoryLinks({
  programmeId,
  indicator,
  name,
}: {
  programmeId: string;
  indicator: ScorecardIndicatorDto;
  name: string;
}) {
  const { t } = useI18n();
  if (indicator.curve.length === 0) return null;
  return (
    <nav aria-label={t(`Historien bag kurven for ${name}`, `The story behind the curve of ${name}`)}>
      {t('Historien bag kurven:', 'The story behind the curve:')}{' '}
      {indicator.curve.map((point, index) => (
        <span key={point.period}>
          {index > 0 && ' · '}
          <Link
            href={`/programmes/${programmeId}/stories/${encodeURIComponent(indicator.code)}/${point.period}`}
          >
            {point.period}
          </Link>
        </span>
      ))}
    </nav>
  );
}
