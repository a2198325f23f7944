import { useI18n, type I18n } from '../i18n/i18n.js';

export interface OrganisationValue {
  readonly organisationId: string;
  readonly name: string;
  readonly value: number | '<5' | 'suppressed';
}

const ROW = 30;
const LABEL = 200;
const WIDTH = 560;

function valueText(i18n: I18n, value: OrganisationValue['value']): string {
  return value === '<5'
    ? '<5'
    : value === 'suppressed'
      ? i18n.t('skjult', 'hidden')
      : i18n.formatNumber(value);
}

/**
 * Organisations side by side as horizontal bars. A small count is written "<5" with no bar; a value
 * held back so that a small count cannot be worked out is written "skjult" / "hidden".
 */
export function OrganisationBars({
  id,
  title,
  values,
}: {
  id: string;
  title: string;
  values: readonly OrganisationValue[];
}) {
  const i18n = useI18n();
  if (values.length === 0)
    return (
      <p className="muted">
        {i18n.t('Ingen godkendte værdier for perioden.', 'No approved values for the period.')}
      </p>
    );
  const max = Math.max(1, ...values.map((item) => (typeof item.value === 'number' ? item.value : 0)));
  const height = values.length * ROW + 8;
  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-labelledby={`${id}-title ${id}-desc`}>
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>
          {values.map((item) => `${item.name}: ${valueText(i18n, item.value)}`).join('; ')}
        </desc>
        {values.map((item, index) => (
          <OrganisationBar key={item.organisationId} item={item} top={index * ROW + 4} max={max} />
        ))}
      </svg>
    </figure>
  );
}

/** One organisation's row: its name, its bar (a stub for a value not shown) and the value. */
function OrganisationBar({ item, top, max }: { item: OrganisationValue; top: number; max: number }) {
  const i18n = useI18n();
  const barWidth = WIDTH - LABEL - 70;
  const width = typeof item.value === 'number' ? (item.value / max) * barWidth : 0;
  return (
    <g>
      <text x={LABEL - 8} y={top + 18} textAnchor="end" className="tick">
        {item.name.length > 28 ? `${item.name.slice(0, 27)}…` : item.name}
      </text>
      {typeof item.value !== 'number' ? (
        <rect x={LABEL} y={top + 4} width={24} height={ROW - 10} className="bar suppressed" />
      ) : (
        <rect x={LABEL} y={top + 4} width={Math.max(width, 1)} height={ROW - 10} className="bar" />
      )}
      <text x={LABEL + (typeof item.value === 'number' ? width + 6 : 30)} y={top + 18} className="value">
        {valueText(i18n, item.value)}
      </text>
    </g>
  );
}
