import { useI18n } from '../i18n/i18n.js';
import type { CellError, CsvTable } from './csv.js';
import { TableWrap } from '../components/table-wrap.js';

interface Props {
  readonly table: CsvTable;
  readonly errors: readonly CellError[];
  readonly busy: boolean;
  readonly onChange: (table: CsvTable) => void;
  readonly onSend: () => void;
}

/** The refused file with the service's errors in place: fix the cells, then send it again. */
export function CsvErrors({ table, errors, busy, onChange, onSend }: Props) {
  const { t } = useI18n();
  // The header (row 1), the file as a whole (0) and rows the table cannot show are named above it.
  const fileErrors = errors.filter((error) => error.row < 2 || error.row > table.rows.length + 1);
  return (
    <div className="csv-errors">
      <h3 id="csv-errors-heading">{t('Filen har fejl', 'The file has errors')}</h3>
      <p role="alert">
        {t(
          `${errors.length} fejl. Ret dem herunder og send filen igen.`,
          `${errors.length} error(s). Fix them below and send the file again.`,
        )}
      </p>
      {fileErrors.map((error) => (
        <p key={`${error.row}:${error.detail}`} className="field-error">
          {error.row > 0 ? `${t('Række', 'Row')} ${error.row}: ` : ''}
          {error.detail}
        </p>
      ))}
      <CsvTableEditor table={table} errors={errors} onChange={onChange} />
      <div className="actions">
        <button type="button" className="primary" disabled={busy} onClick={onSend}>
          {t('Send rettet fil', 'Send corrected file')}
        </button>
      </div>
    </div>
  );
}

function CsvTableEditor({ table, errors, onChange }: Pick<Props, 'table' | 'errors' | 'onChange'>) {
  const { t } = useI18n();
  const setCell = (index: number, column: number, value: string): void =>
    onChange({
      ...table,
      rows: table.rows.map((r, i) => (i === index ? r.map((c, j) => (j === column ? value : c)) : r)),
    });
  return (
    <TableWrap label={t('Filen har fejl', 'The file has errors')}>
      <table aria-labelledby="csv-errors-heading">
        <thead>
          <tr>
            <th scope="col">{t('Række', 'Row')}</th>
            {table.header.map((name, column) => (
              <th scope="col" key={column}>
                {name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((cells, index) => (
            <CsvRow
              key={index + 2}
              header={table.header}
              cells={cells}
              row={index + 2}
              errors={errors}
              onCell={(column, value) => setCell(index, column, value)}
            />
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}

/** One row of the file (numbered as in the file, the header being row 1) with its errors. */
function CsvRow({
  header,
  cells,
  row,
  errors,
  onCell,
}: {
  header: readonly string[];
  cells: readonly string[];
  row: number;
  errors: readonly CellError[];
  onCell: (column: number, value: string) => void;
}) {
  const { t } = useI18n();
  const errorsAt = (column: number | null): CellError[] =>
    errors.filter((error) => error.row === row && error.column === column);
  return (
    <tr className={errors.some((error) => error.row === row) ? 'has-error' : undefined}>
      <th scope="row">
        {row}
        {errorsAt(null).map((error) => (
          <span key={error.detail} className="field-error">
            {error.detail}
          </span>
        ))}
      </th>
      {cells.map((cell, column) => (
        <CsvCell
          key={column}
          id={`csv-${row}-${column}`}
          label={`${t('Række', 'Row')} ${row}, ${header[column] ?? ''}`}
          value={cell}
          errors={errorsAt(column)}
          onChange={(value) => onCell(column, value)}
        />
      ))}
    </tr>
  );
}

function CsvCell({
  id,
  label,
  value,
  errors,
  onChange,
}: {
  id: string;
  label: string;
  value: string;
  errors: readonly CellError[];
  onChange: (value: string) => void;
}) {
  return (
    <td>
      <CellInput id={id} label={label} value={value} invalid={errors.length > 0} onChange={onChange} />
      {errors.length > 0 && (
        <span id={`${id}-error`} className="field-error">
          {errors.map((error) => error.detail).join(' ')}
        </span>
      )}
    </td>
  );
}

interface CellInputProps {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly invalid: boolean;
  readonly onChange: (value: string) => void;
}

/** One cell to correct; a cell with line breaks (a comment, say) keeps them in a text area. */
function CellInput({ id, label, value, invalid, onChange }: CellInputProps) {
  const shared = {
    id,
    'aria-label': label,
    value,
    'aria-invalid': invalid ? true : undefined,
    'aria-describedby': invalid ? `${id}-error` : undefined,
  };
  return /[\r\n]/.test(value) ? (
    <textarea
      {...shared}
      rows={value.split(/\r?\n/).length}
      onChange={(event) => onChange(event.target.value)}
    />
  ) : (
    <input {...shared} onChange={(event) => onChange(event.target.value)} />
  );
}
