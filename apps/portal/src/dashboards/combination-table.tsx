import type { CombinationTableDto } from '@samvirke/contracts';
import { useI18n } from '../i18n/i18n.js';
import { crossRows, crossValue } from './disaggregation.js';

/**
 * A category combination's cross table (køn × aldersgruppe): the first disaggregation down, the
 * others across, each row's and column's sum and the total, as the service let this user see them.
 */
export function CombinationTable({ table, title }: { table: CombinationTableDto; title: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const text = (value: CombinationTableDto['total']) => {
    const cell = crossValue(table, value, t);
    return typeof cell === 'number' ? i18n.formatNumber(cell) : (cell ?? '–');
  };
  const { columns, rows, columnTotals } = crossRows(table);
  return (
    <div>
      <h3>{title}</h3>
      {table.suppressed && <HeldBack />}
      <table className="compact cross-table">
        <caption>{title}</caption>
        <CrossHead name={table.dimensions[0]?.name ?? ''} columns={columns} />
        <tbody>
          {rows.map((row) => (
            <CrossRow key={row.category} head={row.category} values={[...row.cells, row.total]} text={text} />
          ))}
        </tbody>
        <tfoot>
          <CrossRow head={t('I alt', 'Total')} values={[...columnTotals, table.total]} text={text} />
        </tfoot>
      </table>
    </div>
  );
}

function CrossHead({ name, columns }: { name: string; columns: readonly string[] }) {
  const { t } = useI18n();
  return (
    <thead>
      <tr>
        <th scope="col">{name}</th>
        {columns.map((column) => (
          <th scope="col" key={column}>
            {column}
          </th>
        ))}
        <th scope="col">{t('I alt', 'Total')}</th>
      </tr>
    </thead>
  );
}

function HeldBack() {
  const { t } = useI18n();
  return (
    <p>
      {t(
        'Holdt tilbage for at beskytte små tal: for få organisationer har indberettet.',
        'Held back to protect small numbers: too few organisations reported.',
      )}
    </p>
  );
}

type Value = CombinationTableDto['total'];

/** One row of the cross table: its heading, its cells and its sum last. */
function CrossRow(props: {
  head: string;
  values: readonly Value[];
  text: (value: Value) => string | number;
}) {
  return (
    <tr>
      <th scope="row">{props.head}</th>
      {props.values.map((value, index) => (
        <td className="num" key={index}>
          {props.text(value)}
        </td>
      ))}
    </tr>
  );
}
