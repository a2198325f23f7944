import type { ReactNode } from 'react';
import type { Cell, ExportTable } from '../exports/export-table.js';
import { DownloadButtons } from '../exports/download-buttons.js';
import { useI18n } from '../i18n/i18n.js';
import { TableWrap } from './table-wrap.js';

/** One column of a table, as data: its header and how a row fills its cell. */
export interface Column<T> {
  readonly head: string;
  readonly cell: (row: T) => ReactNode;
  /** E.g. "num" to right-align figures; or chosen by the row. */
  readonly className?: string | ((row: T) => string | undefined);
}

/** The downloads (CSV and XLSX) under a table: what the group is named after, the file, the rows. */
export interface Downloads extends ExportTable {
  readonly caption: string;
  /** Without extension. */
  readonly fileName: string;
}

export interface TableProps<T> {
  /** Names the scrolling region and, unless `caption` says otherwise, the table. */
  readonly label: string;
  /** The caption when it differs from the label; `false` for none. */
  readonly caption?: string | false;
  /** Show the caption; by default it is there for screen readers only. */
  readonly showCaption?: boolean;
  /** Columns; a `false` entry (a column the reader may not see) is left out. */
  readonly columns: readonly (Column<T> | false)[];
  readonly rows: readonly T[];
  readonly rowKey: (row: T, index: number) => string;
  readonly rowClass?: (row: T) => string | undefined;
  /** Stacks on a narrow screen: each row a card, each cell under its column's name. */
  readonly stack?: boolean;
  readonly className?: string;
  /** The first cell of a row is its row header, unless this is false. */
  readonly rowHeader?: boolean;
  readonly downloads?: Downloads;
}

/** A table's header row: one column header per name. */
export function ColumnHeads({ columns }: { columns: readonly string[] }) {
  return (
    <thead>
      <tr>
        {columns.map((column) => (
          <th scope="col" key={column}>
            {column}
          </th>
        ))}
      </tr>
    </thead>
  );
}

/**
 * A table from column definitions: a caption, a header row, the first cell of each row as its row
 * header, inside a named scrolling region, with its downloads (when given) below. Every table of the
 * portal is one of these, so that they all scroll, stack and read aloud the same way.
 */
export function Table<T>(props: TableProps<T>) {
  const { label, caption = label, showCaption = false, rows, rowKey, downloads } = props;
  const columns = props.columns.filter((column): column is Column<T> => column !== false);
  const classes = [props.stack ? 'stack' : undefined, props.className].filter(Boolean).join(' ');
  return (
    <>
      <TableWrap label={label}>
        <table className={classes || undefined}>
          {caption !== false && (
            <caption className={showCaption ? undefined : 'visually-hidden'}>{caption}</caption>
          )}
          <ColumnHeads columns={columns.map((column) => column.head)} />
          <tbody>
            {rows.map((row, index) => (
              <tr key={rowKey(row, index)} className={props.rowClass?.(row)}>
                {columns.map((column, at) => (
                  <TableCell
                    key={column.head}
                    row={row}
                    column={column}
                    header={at === 0 && props.rowHeader !== false}
                    stack={props.stack}
                  />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
      {downloads && <DownloadButtons {...downloads} />}
    </>
  );
}

interface CellProps<T> {
  readonly row: T;
  readonly column: Column<T>;
  readonly header: boolean;
  readonly stack?: boolean;
}

function TableCell<T>({ row, column, header, stack }: CellProps<T>) {
  const className = typeof column.className === 'function' ? column.className(row) : column.className;
  if (header)
    return (
      <th scope="row" className={className}>
        {column.cell(row)}
      </th>
    );
  return (
    <td className={className} data-label={stack ? column.head : undefined}>
      {column.cell(row)}
    </td>
  );
}

export interface DataTableProps {
  /** The table's caption, the name of its scrolling region and of its downloads. */
  readonly caption: string;
  readonly columns: readonly string[];
  /** Cells as the API returned them; the first names the row. Numbers are written the reader's way. */
  readonly rows: readonly (readonly Cell[])[];
  /** Without extension; the downloads (CSV and XLSX) are named after it. */
  readonly fileName: string;
}

/**
 * A read-only table of figures with its downloads: a caption, a header row, the first cell of each
 * row as its row header, numbers right-aligned in the reader's language, and "–" for no value.
 */
export function DataTable({ caption, columns, rows, fileName }: DataTableProps) {
  const i18n = useI18n();
  const text = (cell: Cell | undefined) =>
    typeof cell === 'number' ? i18n.formatNumber(cell) : (cell ?? '–');
  return (
    <Table<readonly Cell[]>
      label={caption}
      showCaption
      columns={columns.map((head, at) => ({
        head,
        cell: (row) => text(row[at]),
        className: at === 0 ? undefined : (row) => (typeof row[at] === 'number' ? 'num' : undefined),
      }))}
      rows={rows}
      rowKey={(row, index) => `${String(row[0])}:${index}`}
      downloads={{ caption, columns, rows, fileName }}
    />
  );
}
