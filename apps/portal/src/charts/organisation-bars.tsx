import { useI18n } from '../i18n/i18n.js';

export interface OrganisationValue {
  readonly organisationId: string;
  readonly name: string;
  readonly value: number | '<5' | 'suppressed';
}

const ROW = 30;
const LABEL = 200;
const WIDTH = 560;

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
  const { t } = i18n;
  const text = (value: OrganisationValue['value']) =>
    value === '<5' ? '<5' : value === 'suppressed' ? t('skjult', 'hidden') : i18n.formatNumber(value);
  if (values.length === 0)
    return (
      <p className="muted">
        {t('Ingen godkendte værdier for perioden.', 'No approved values for the period.')}
      </p>
    );
  const max = Math.max(1, ...values.map((item) => (typeof item.value === 'number' ? item.value : 0)));
  const height = values.length * ROW + 8;
  const barWidth = WIDTH - LABEL - 70;
  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-labelledby={`${id}-title ${id}-desc`}>
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{values.map((item) => `${item.name}: ${text(item.value)}`).join('; ')}</desc>
        {values.map((item, index) => {
          const top = index * ROW + 4;
          const width = typeof item.value === 'number' ? (item.value / max) * barWidth : 0;
          return (
            <g key={item.organisationId}>
              <text x={LABEL - 8} y={top + 18} textAnchor="end" className="tick">
                {item.name.length > 28 ? `${item.name.slice(0, 27)}…` : item.name}
              </text>
              {typeof item.value !== 'number' ? (
                <rect x={LABEL} y={top + 4} width={24} height={ROW - 10} className="bar suppressed" />
              ) : (
                <rect x={LABEL} y={top + 4} width={Math.max(width, 1)} height={ROW - 10} className="bar" />
              )}
              <text
                x={LABEL + (typeof item.value === 'number' ? width + 6 : 30)}
                y={top + 18}
                className="value"
              >
                {text(item.value)}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
