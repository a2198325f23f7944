import type { IndicatorDto } from '@samvirke/contracts';
import { useI18n } from '../i18n/i18n.js';
import { combinationKeys, parseInput, type FormRow } from './form-model.js';
import type { useValueInputs } from './use-values-form.js';

type Combination = IndicatorDto['categoryCombinations'][number];
type Values = ReturnType<typeof useValueInputs>;

interface Props {
  readonly indicator: IndicatorDto;
  readonly combination: Combination;
  readonly rows: readonly FormRow[];
  readonly errors: Readonly<Record<string, string>>;
  readonly editable: boolean;
  readonly values: Values;
}

const number = (raw: string | undefined): number => {
  const value = parseInput(raw ?? '');
  return value === null || Number.isNaN(value) ? 0 : value;
};

const shortLabel = (categories: readonly string[]) =>
  categories.map((category) => category.split('=')[1]).join(', ');

/** The grid's shape: the first disaggregation's categories down, the others' combined across. */
function gridOf(indicator: IndicatorDto, combination: Combination, values: Values) {
  const [first = ''] = combination.dimensions;
  const down = indicator.disaggregations.find((split) => split.code === first)?.values ?? [];
  const across = combinationKeys(indicator, combination)
    .filter((cell) => cell[0] === `${first}=${down[0]}`)
    .map((cell) => cell.slice(1));
  const key = (row: string, column: readonly string[]) =>
    `${indicator.code}|${[`${first}=${row}`, ...column].join('&')}`;
  const sum = (keys: readonly string[]) => keys.reduce((total, k) => total + number(values.inputs[k]), 0);
  return {
    first,
    down,
    across,
    key,
    rowSum: (row: string) => sum(across.map((column) => key(row, column))),
    columnSum: (column: readonly string[]) => sum(down.map((row) => key(row, column))),
    total: sum(down.flatMap((row) => across.map((column) => key(row, column)))),
  };
}

type Grid = ReturnType<typeof gridOf>;

/**
 * A category combination as a grid, with each row's, column's and the whole table's sum as the
 * user types, set beside the total given above, which the service requires to equal them.
 */
export function CombinationGrid({ indicator, combination, rows, errors, editable, values }: Props) {
  const { t } = useI18n();
  const grid = gridOf(indicator, combination, values);
  const heading = `${t('Kombineret opdeling', 'Category combination')}: ${combination.name}`;
  const cellErrors = rows.filter((row) => errors[row.key]).map((row) => `${row.label}: ${errors[row.key]}`);
  return (
    <div className="field combination-grid">
      <table aria-label={heading}>
        <caption>{heading}</caption>
        <GridHead indicator={indicator} grid={grid} />
        <tbody>
          {grid.down.map((row) => (
            <GridRow key={row} {...{ row, grid, combination, errors, editable, values }} />
          ))}
        </tbody>
        <GridFoot grid={grid} />
      </table>
      <TotalMismatch total={grid.total} given={values.inputs[`${indicator.code}|`]} />
      {cellErrors.map((message) => (
        <p className="field-error" key={message}>
          {message}
        </p>
      ))}
    </div>
  );
}

function GridHead({ indicator, grid }: { indicator: IndicatorDto; grid: Grid }) {
  const { t } = useI18n();
  return (
    <thead>
      <tr>
        <th scope="col">{indicator.disaggregations.find((split) => split.code === grid.first)?.name}</th>
        {grid.across.map((column) => (
          <th scope="col" key={column.join('&')}>
            {shortLabel(column)}
          </th>
        ))}
        <th scope="col">{t('I alt', 'Total')}</th>
      </tr>
    </thead>
  );
}

interface RowProps {
  readonly row: string;
  readonly grid: Grid;
  readonly combination: Combination;
  readonly errors: Readonly<Record<string, string>>;
  readonly editable: boolean;
  readonly values: Values;
}

function GridRow({ row, grid, combination, errors, editable, values }: RowProps) {
  const { formatNumber } = useI18n();
  return (
    <tr>
      <th scope="row">{row}</th>
      {grid.across.map((column) => {
        const key = grid.key(row, column);
        return (
          <td key={key}>
            <input
              aria-label={`${combination.name}: ${row}, ${shortLabel(column)}`}
              name={key}
              inputMode="decimal"
              autoComplete="off"
              size={6}
              value={values.inputs[key] ?? ''}
              disabled={!editable}
              aria-invalid={errors[key] ? true : undefined}
              onChange={(event) => values.setInput(key, event.target.value)}
            />
          </td>
        );
      })}
      <td className="numeric">{formatNumber(grid.rowSum(row))}</td>
    </tr>
  );
}

function GridFoot({ grid }: { grid: Grid }) {
  const { t, formatNumber } = useI18n();
  return (
    <tfoot>
      <tr>
        <th scope="row">{t('I alt', 'Total')}</th>
        {grid.across.map((column) => (
          <td key={column.join('&')} className="numeric">
            {formatNumber(grid.columnSum(column))}
          </td>
        ))}
        <td className="numeric" data-testid="grid-total">
          {formatNumber(grid.total)}
        </td>
      </tr>
    </tfoot>
  );
}

/** Said as the user types: the cells no longer add up to the indicator's total given above. */
function TotalMismatch({ total, given }: { total: number; given: string | undefined }) {
  const { t, formatNumber } = useI18n();
  const value = parseInput(given ?? '');
  if (value === null || Number.isNaN(value) || value === total || total === 0) return null;
  return (
    <p className="field-error" role="status">
      {t(
        `Cellerne summer til ${formatNumber(total)}, men totalen er ${formatNumber(value)}. De skal være ens.`,
        `The cells add up to ${formatNumber(total)}, but the total is ${formatNumber(value)}. They must be equal.`,
      )}
    </p>
  );
}
