/** The uploaded file as rows of cells, so that the server's row errors can be shown in place. */
export interface CsvTable {
  readonly delimiter: ';' | ',';
  readonly header: string[];
  /** Data rows; row n of the file (header = row 1) is rows[n - 2]. */
  readonly rows: string[][];
}

function splitLine(line: string, delimiter: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let index = 0; index < line.length; index++) {
    const char = line[index];
    if (quoted) {
      if (char === '"' && line[index + 1] === '"') {
        cell += '"';
        index++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === delimiter) {
      cells.push(cell);
      cell = '';
    } else cell += char;
  }
  cells.push(cell);
  return cells;
}

export function readCsv(text: string): CsvTable {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  const first = lines[0] ?? '';
  const delimiter = first.includes(';') ? ';' : ',';
  const [header = [], ...rows] = lines.map((line) => splitLine(line, delimiter));
  return { delimiter, header, rows };
}

export function writeCsv(table: CsvTable): string {
  const cell = (value: string): string =>
    value.includes(table.delimiter) || value.includes('"') ? `"${value.replaceAll('"', '""')}"` : value;
  const lines = [table.header, ...table.rows].map((row) => row.map(cell).join(table.delimiter));
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}

export interface CellError {
  /** File row, the header being row 1; 0 for the file as a whole. */
  readonly row: number;
  /** Column index, or null for the whole row. */
  readonly column: number | null;
  readonly detail: string;
}

/** Maps the server's `/rows/<n>/<column>` pointers onto cells of the table. */
export function cellErrors(
  table: CsvTable,
  errors: readonly { pointer: string; detail: string }[],
): CellError[] {
  return errors.map((error) => {
    const [, rows, row, column] = error.pointer.split('/');
    if (rows !== 'rows' || row === undefined) return { row: 0, column: null, detail: error.detail };
    const index =
      column === undefined
        ? -1
        : table.header.findIndex((name) => name.trim().toLowerCase() === column.toLowerCase());
    return { row: Number(row), column: index >= 0 ? index : null, detail: error.detail };
  });
}
