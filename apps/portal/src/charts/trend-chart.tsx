import { useI18n, type I18n } from '../i18n/i18n.js';
import { axisLabels } from './axis-labels.js';

export interface TrendPoint {
  readonly period: string;
  readonly actual: number | null;
  readonly target: number | null;
}

const WIDTH = 560;
const HEIGHT = 240;
const PAD = { left: 56, right: 16, top: 16, bottom: 40 };

function niceMax(value: number): number {
  if (value <= 0) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  const steps = [1, 2, 2.5, 5, 10].map((step) => step * magnitude);
  return steps.find((step) => step >= value) ?? value;
}

type Baseline = { period: string; value: number } | null;

/** Where a period (by its index) and a value land in the drawing, and the value axis' ticks. */
interface Scale {
  readonly x: (index: number) => number;
  readonly y: (value: number) => number;
  readonly ticks: readonly number[];
}

function scaleOf(points: readonly TrendPoint[], baseline: Baseline): Scale {
  const values = points
    .flatMap((point) => [point.actual, point.target])
    .filter((v): v is number => v !== null);
  if (baseline) values.push(baseline.value);
  const max = niceMax(Math.max(0, ...values) * 1.05);
  const innerWidth = WIDTH - PAD.left - PAD.right;
  const innerHeight = HEIGHT - PAD.top - PAD.bottom;
  return {
    x: (index) =>
      PAD.left + (points.length <= 1 ? innerWidth / 2 : (index / (points.length - 1)) * innerWidth),
    y: (value) => PAD.top + innerHeight - (value / max) * innerHeight,
    ticks: [0, 0.25, 0.5, 0.75, 1].map((share) => share * max),
  };
}

/** The periods that have an actual value, with their place on the axis. */
function actualPoints(points: readonly TrendPoint[]): { point: TrendPoint; index: number }[] {
  return points.map((point, index) => ({ point, index })).filter(({ point }) => point.actual !== null);
}

/** What the chart shows in words, for screen readers. */
function summaryOf(i18n: I18n, points: readonly TrendPoint[], baseline: Baseline): string {
  const { t } = i18n;
  const last = actualPoints(points).at(-1)?.point;
  return [
    baseline
      ? t(
          `Udgangspunkt ${i18n.formatNumber(baseline.value)} (${baseline.period})`,
          `Baseline ${i18n.formatNumber(baseline.value)} (${baseline.period})`,
        )
      : '',
    last
      ? t(
          `seneste ${i18n.formatNumber(last.actual ?? 0)} (${last.period})`,
          `latest ${i18n.formatNumber(last.actual ?? 0)} (${last.period})`,
        )
      : t('ingen godkendte værdier endnu', 'no approved values yet'),
  ]
    .filter(Boolean)
    .join(', ');
}

interface Drawing {
  readonly points: readonly TrendPoint[];
  readonly baseline: Baseline;
  readonly scale: Scale;
}

/**
 * Actual values over the periods against the baseline (a dashed line) and the targets (diamonds),
 * drawn as plain SVG. Screen readers get the title, a summary, and the numbers in a table.
 */
export function TrendChart({
  id,
  title,
  points,
  baseline,
}: {
  id: string;
  title: string;
  points: readonly TrendPoint[];
  baseline: Baseline;
}) {
  const i18n = useI18n();
  const drawing: Drawing = { points, baseline, scale: scaleOf(points, baseline) };
  return (
    <figure className="chart">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        preserveAspectRatio="xMidYMid meet"
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{summaryOf(i18n, points, baseline)}</desc>
        <Axes {...drawing} />
        <Marks {...drawing} />
      </svg>
      <Legend baseline={baseline} />
      <NumbersTable title={title} points={points} />
    </figure>
  );
}

/** The value grid with its ticks, the period labels under it, and the baseline across. */
function Axes({ points, baseline, scale: { x, y, ticks } }: Drawing) {
  const i18n = useI18n();
  return (
    <>
      {ticks.map((tick) => (
        <g key={tick}>
          <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(tick)} y2={y(tick)} className="grid" />
          <text x={PAD.left - 8} y={y(tick) + 4} textAnchor="end" className="tick">
            {i18n.formatNumber(tick, 1)}
          </text>
        </g>
      ))}
      {axisLabels(
        points.map((point) => point.period),
        x,
        WIDTH,
      ).map((label) => (
        <text key={label.text} x={label.x} y={HEIGHT - PAD.bottom + 20} textAnchor="middle" className="tick">
          {label.text}
        </text>
      ))}
      {baseline && (
        <g className="baseline">
          <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(baseline.value)} y2={y(baseline.value)} />
          <text x={WIDTH - PAD.right} y={y(baseline.value) - 6} textAnchor="end">
            {i18n.t('Udgangspunkt', 'Baseline')}
          </text>
        </g>
      )}
    </>
  );
}

/** The targets (diamonds), the baseline's own point, and the line through the actual values. */
function Marks({ points, baseline, scale: { x, y } }: Drawing) {
  const actual = actualPoints(points);
  const path = actual
    .map(({ point, index }, n) => `${n === 0 ? 'M' : 'L'}${x(index)},${y(point.actual ?? 0)}`)
    .join(' ');
  return (
    <>
      {points.map((point, index) =>
        point.target === null ? null : (
          <path
            key={`target-${point.period}`}
            className="target"
            d={`M${x(index)},${y(point.target) - 7} l7,7 l-7,7 l-7,-7 z`}
          />
        ),
      )}
      {points.map((point, index) =>
        baseline && point.period === baseline.period ? (
          <circle
            key="baseline-point"
            cx={x(index)}
            cy={y(baseline.value)}
            r={5}
            className="baseline-point"
          />
        ) : null,
      )}
      {path && <path d={path} className="actual" />}
      {actual.map(({ point, index }) => (
        <circle
          key={`actual-${point.period}`}
          cx={x(index)}
          cy={y(point.actual ?? 0)}
          r={5}
          className="actual-point"
        />
      ))}
    </>
  );
}

function Legend({ baseline }: { baseline: Baseline }) {
  const { t } = useI18n();
  return (
    <figcaption>
      <span className="legend legend-actual">{t('Faktisk', 'Actual')}</span>
      <span className="legend legend-target">{t('Mål', 'Target')}</span>
      {baseline && <span className="legend legend-baseline">{t('Udgangspunkt', 'Baseline')}</span>}
    </figcaption>
  );
}

/** The chart's numbers as a table, folded away. */
function NumbersTable({ title, points }: { title: string; points: readonly TrendPoint[] }) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <details>
      <summary>{t('Vis tallene', 'Show the numbers')}</summary>
      <table className="compact">
        <caption className="visually-hidden">{title}</caption>
        <thead>
          <tr>
            <th scope="col">{t('Periode', 'Period')}</th>
            <th scope="col" className="num">
              {t('Faktisk', 'Actual')}
            </th>
            <th scope="col" className="num">
              {t('Mål', 'Target')}
            </th>
          </tr>
        </thead>
        <tbody>
          {points.map((point) => (
            <tr key={point.period}>
              <th scope="row">{point.period}</th>
              <td className="num">{point.actual === null ? '–' : i18n.formatNumber(point.actual)}</td>
              <td className="num">{point.target === null ? '–' : i18n.formatNumber(point.target)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
