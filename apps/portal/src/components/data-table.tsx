import type { Cell } from '../exports/export-table.js';
import { DownloadButtons } from '../exports/download-buttons.js';
import { useI18n } from '../i18n/i18n.js';
import { TableWrap } from './table-wrap.js';

export interface DataTableProps {
  /** The table's caption, the name of its scrolling region and of its downloads. */
  readonly caption: string;
  readonly columns: readonly string[];
  /** Cells as the API returned them; the first names the row. Numbers are written the reader's way. */
  readonly rows: readonly (readonly Cell[])[];
  /** Without extension; the downloads (CSV and XLSX) are named after it. */
  readonly fileName: string;
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
 * A read-only table of figures with its downloads: a caption, a header row, the first cell of each
 * row as its row header, numbers right-aligned in the reader's language, and "–" for no value.
 */
export function DataTable({ caption, columns, rows, fileName }: DataTableProps) {
  const i18n = useI18n();
  const text = (cell: Cell) => (typeof cell === 'number' ? i18n.formatNumber(cell) : (cell ?? '–'));
  return (
    <>
      <TableWrap label={caption}>
        <table>
          <caption>{caption}</caption>
          <ColumnHeads columns={columns} />
          <tbody>
            {rows.map(([first, ...rest], index) => (
              <tr key={`${String(first)}:${index}`}>
                <th scope="row">{text(first ?? null)}</th>
                {rest.map((cell, column) => (
                  <td key={column} className={typeof cell === 'number' ? 'num' : undefined}>
                    {text(cell)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
      <DownloadButtons caption={caption} columns={columns} rows={rows} fileName={fileName} />
    </>
  );
}
