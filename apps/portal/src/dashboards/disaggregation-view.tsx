import type { DisaggregatedProgressDto } from '@samvirke/contracts';
import { OrganisationBars } from '../charts/organisation-bars.js';
import { DownloadButtons } from '../exports/download-buttons.js';
import { useI18n } from '../i18n/i18n.js';
import { categoryCell, disaggregationTable } from './disaggregation.js';
import { ColumnHeads } from '../components/data-table.js';
import { CombinationTable } from './combination-table.js';

type Indicator = DisaggregatedProgressDto['indicators'][number];
type Dimension = Indicator['dimensions'][number];

/** Every indicator's breakdowns for the period, and the whole of it to download. */
export function DisaggregationView({ answer }: { answer: DisaggregatedProgressDto }) {
  const { t } = useI18n();
  return (
    <>
      {answer.indicators.map((indicator) => (
        <section key={indicator.code} className="panel" aria-labelledby={`dis-${indicator.code}`}>
          <h2 id={`dis-${indicator.code}`}>{t(indicator.nameDa, indicator.nameEn)}</h2>
          {indicator.dimensions.map((dimension) => (
            <DimensionChart
              key={dimension.code}
              indicator={indicator}
              dimension={dimension}
              period={answer.period}
            />
          ))}
          {(indicator.combinations ?? []).map((table) => (
            <CombinationTable
              key={table.code}
              table={table}
              title={t(
                `${indicator.nameDa} efter ${table.name.toLowerCase()}, ${answer.period}`,
                `${indicator.nameEn} by ${table.name.toLowerCase()}, ${answer.period}`,
              )}
            />
          ))}
        </section>
      ))}
      <DownloadButtons
        caption={t(`alle opdelinger, ${answer.period}`, `every breakdown, ${answer.period}`)}
        {...disaggregationTable(answer, t)}
        fileName={`${t('opdelinger', 'breakdowns')}-${answer.period}`}
      />
    </>
  );
}

interface DimensionProps {
  readonly indicator: Indicator;
  readonly dimension: Dimension;
  readonly period: string;
}

function DimensionChart({ indicator, dimension, period }: DimensionProps) {
  const { t } = useI18n();
  const title = t(
    `${indicator.nameDa} efter ${dimension.name.toLowerCase()}, ${period}`,
    `${indicator.nameEn} by ${dimension.name.toLowerCase()}, ${period}`,
  );
  return (
    <div className="two-columns">
      <div>
        <h3>{title}</h3>
        {dimension.suppressed ? (
          <p>
            {t(
              'Holdt tilbage for at beskytte små tal: en kategori er under 5, eller for få organisationer har indberettet.',
              'Held back to protect small numbers: a category is below 5, or too few organisations reported.',
            )}
          </p>
        ) : (
          <OrganisationBars
            id={`dis-${indicator.code}-${dimension.code}`}
            title={title}
            values={dimension.categories.flatMap((category) =>
              category.value === null
                ? []
                : [{ organisationId: category.code, name: category.code, value: category.value }],
            )}
          />
        )}
      </div>
      <DimensionTable dimension={dimension} title={title} />
    </div>
  );
}

/** The dimension's figures as a table: what the chart shows, and the words where it shows nothing. */
function DimensionTable({ dimension, title }: { dimension: Dimension; title: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const text = (value: number | null) => {
    const cell = categoryCell(dimension, value, t);
    return typeof cell === 'number' ? i18n.formatNumber(cell) : (cell ?? '–');
  };
  return (
    <table className="compact">
      <caption>{title}</caption>
      <ColumnHeads columns={[t('Kategori', 'Category'), t('Værdi', 'Value')]} />
      <tbody>
        {dimension.categories.map((category) => (
          <tr key={category.code}>
            <th scope="row">{category.code}</th>
            <td className="num">{text(category.value)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
