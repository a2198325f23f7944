import { useI18n } from '../i18n/i18n.js';

export interface OrganisationValue {
  readonly organisationId: string;
  readonly name: string;
  readonly value: number | '<5';
}

const ROW = 30;
const LABEL = 200;
const WIDTH = 560;

/** Organisations side by side as horizontal bars; a suppressed value is written "<5" with no bar. */
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
  if (values.length === 0)
    return (
      <p className="muted">
        {t('Ingen godkendte værdier for perioden.', 'No approved values for the period.')}
      </p>
    );
  const max = Math.max(1, ...values.map((item) => (item.value === '<5' ? 0 : item.value)));
  const height = values.length * ROW + 8;
  const barWidth = WIDTH - LABEL - 70;
  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-labelledby={`${id}-title ${id}-desc`}>
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>
          {values
            .map((item) => `${item.name}: ${item.value === '<5' ? '<5' : i18n.formatNumber(item.value)}`)
            .join('; ')}
        </desc>
        {values.map((item, index) => {
          const top = index * ROW + 4;
          const width = item.value === '<5' ? 0 : (item.value / max) * barWidth;
          return (
            <g key={item.organisationId}>
              <text x={LABEL - 8} y={top + 18} textAnchor="end" className="tick">
                {item.name.length > 28 ? `${item.name.slice(0, 27)}…` : item.name}
              </text>
              {item.value === '<5' ? (
                <rect x={LABEL} y={top + 4} width={24} height={ROW - 10} className="bar suppressed" />
              ) : (
                <rect x={LABEL} y={top + 4} width={Math.max(width, 1)} height={ROW - 10} className="bar" />
              )}
              <text x={LABEL + (item.value === '<5' ? 30 : width + 6)} y={top + 18} className="value">
                {item.value === '<5' ? '<5' : i18n.formatNumber(item.value)}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
