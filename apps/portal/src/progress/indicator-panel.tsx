import type { ProgrammeIndicatorDto, ProgressDto } from '@samvirke/contracts';
import { OrganisationBars } from '../charts/organisation-bars.js';
import { TrendChart, type TrendPoint } from '../charts/trend-chart.js';
import { useI18n, type I18n } from '../i18n/i18n.js';
import { OrganisationDownloads, TrendDownloads } from './report-downloads.js';
import { UnitBreakdown } from './unit-breakdown.js';

type IndicatorProgress = ProgressDto['indicators'][number];

function aggregateText(i18n: I18n, value: number | '<5' | null, suppressed: boolean): string {
  // Held back because too few organisations contributed, or because it would give a small count away.
  if (suppressed) return i18n.t('Skjult (beskytter små tal)', 'Hidden (protects small numbers)');
  if (value === null) return '–';
  return value === '<5' ? '<5' : i18n.formatNumber(value);
}

function trendText(i18n: I18n, trend: 'up' | 'down' | 'flat' | null, polarity: string): string {
  if (trend === null) return '–';
  const good =
    (trend === 'up' && polarity === 'higher-is-better') ||
    (trend === 'down' && polarity === 'lower-is-better');
  const arrow = { up: '↑', down: '↓', flat: '→' }[trend];
  const words = {
    up: i18n.t('stigende', 'rising'),
    down: i18n.t('faldende', 'falling'),
    flat: i18n.t('uændret', 'flat'),
  }[trend];
  return `${arrow} ${words}${trend === 'flat' ? '' : good ? i18n.t(' (godt)', ' (good)') : i18n.t(' (skidt)', ' (bad)')}`;
}

/** The indicator's values on an axis from the baseline through every reporting period to the last target. */
function trendPoints(
  code: string,
  config: ProgrammeIndicatorDto | undefined,
  progress: readonly ProgressDto[],
): TrendPoint[] {
  const axis = [
    ...new Set([
      ...(config?.baseline ? [config.baseline.period] : []),
      ...progress.map((item) => item.period),
      ...(config?.targets.map((target) => target.period) ?? []),
    ]),
  ].sort();
  return axis.map((period) => {
    const value = progress
      .find((item) => item.period === period)
      ?.indicators.find((candidate) => candidate.code === code)?.aggregate;
    return {
      period,
      actual: typeof value === 'number' ? value : null,
      target: config?.targets.find((target) => target.period === period)?.value ?? null,
    };
  });
}

interface Props {
  readonly indicator: IndicatorProgress;
  readonly config: ProgrammeIndicatorDto | undefined;
  /** Every period's progress, for the trend. */
  readonly progress: readonly ProgressDto[];
  /** The period chosen, for the organisations. */
  readonly period: string;
}

/** One indicator: its figures for the period, its trend against the targets, and the organisations. */
export function IndicatorPanel({ indicator, config, progress, period }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const name = i18n.language === 'da' ? indicator.nameDa : indicator.nameEn;
  return (
    <section className="panel indicator" aria-labelledby={`ind-${indicator.code}`}>
      <h2 id={`ind-${indicator.code}`}>{name}</h2>
      <IndicatorFigures indicator={indicator} />
      <div className="two-columns">
        <div>
          <TrendChart
            id={`trend-${indicator.code}`}
            title={t(`${name}: udvikling mod mål`, `${name}: trend against target`)}
            points={trendPoints(indicator.code, config, progress)}
            baseline={config?.baseline ?? null}
          />
          <TrendDownloads code={indicator.code} name={name} progress={progress} />
        </div>
        <div>
          <h3>{t('Organisationerne', 'The organisations')}</h3>
          <OrganisationBars
            id={`orgs-${indicator.code}`}
            title={t(`${name} pr. organisation, ${period}`, `${name} per organisation, ${period}`)}
            values={indicator.organisations}
          />
          <UnitBreakdown code={indicator.code} rows={indicator.organisations} />
          <OrganisationDownloads code={indicator.code} name={name} progress={progress} period={period} />
        </div>
      </div>
    </section>
  );
}

function IndicatorFigures({ indicator }: { indicator: IndicatorProgress }) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <dl className="figures">
      <div>
        <dt>{t('Samlet', 'Total')}</dt>
        <dd data-testid={`aggregate-${indicator.code}`}>
          {aggregateText(
            i18n,
            indicator.aggregate,
            indicator.aggregateSuppressed && indicator.contributors > 0,
          )}
        </dd>
      </div>
      <div>
        <dt>{t('Udgangspunkt', 'Baseline')}</dt>
        <dd>{indicator.baseline === null ? '–' : i18n.formatNumber(indicator.baseline)}</dd>
      </div>
      <div>
        <dt>{t('Mål', 'Target')}</dt>
        <dd>{indicator.target === null ? '–' : i18n.formatNumber(indicator.target)}</dd>
      </div>
      <div>
        <dt>{t('Målopfyldelse', 'Attainment')}</dt>
        <dd>
          {indicator.attainmentPercent === null
            ? '–'
            : `${i18n.formatNumber(indicator.attainmentPercent, 0)} %`}
        </dd>
      </div>
      <div>
        <dt>{t('Udvikling', 'Trend')}</dt>
        <dd>{trendText(i18n, indicator.trend, indicator.polarity)}</dd>
      </div>
    </dl>
  );
}
