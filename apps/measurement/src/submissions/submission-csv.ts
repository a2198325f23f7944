import type { ProblemFieldError, SaveSubmission } from '@samvirke/contracts';

/**
 * Reads a submission CSV as people make them: UTF-8 with or without BOM, comma or semicolon
 * separated (Danish Excel writes semicolons), decimal comma or point, quoted cells.
 * Columns: indikator;opdeling;værdi (or indicator,disaggregation,value). Rows count as in a
 * spreadsheet: the header is row 1.
 */
export const CSV_COLUMNS = {
  da: ['indikator', 'opdeling', 'værdi'],
  en: ['indicator', 'disaggregation', 'value'],
} as const;

export interface ParsedCsv {
  readonly values: SaveSubmission['values'];
  /** Spreadsheet row number of each value, for error pointers. */
  readonly rows: number[];
  readonly columns: readonly string[];
  readonly errors: ProblemFieldError[];
}

function splitLine(line: string, delimiter: string): string[] {
  // Most lines have no quotes: let the engine split them (a large file is 100,000 lines).
  if (!line.includes('"')) return line.split(delimiter).map((cell) => cell.trim());
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let index = 0; index < line.length; index += 1) {
    const character = line[index];
    if (quoted) {
      if (character === '"' && line[index + 1] === '"') {
        cell += '"';
        index += 1;
      } else if (character === '"') quoted = false;
      else cell += character;
    } else if (character === '"') quoted = true;
    else if (character === delimiter) {
      cells.push(cell.trim());
      cell = '';
    } else cell += character;
  }
  cells.push(cell.trim());
  return cells;
}

/**
 * Numbers as Danish Excel writes them in semicolon files: "1.234,5", "1234,5", "1.024" (points
 * between groups of three digits separate thousands); "61.5" is still read as a decimal point.
 * Comma-separated files use the decimal point only. Null when the cell is not a number.
 */
export function parseNumber(text: string, delimiter: string): number | null {
  if (/^-?\d{1,15}$/.test(text)) return Number(text); // the common case, without the clean-up below
  const cleaned = text.replace(/\s/g, '');
  if (delimiter === ';') {
    if (/^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(cleaned))
      return Number(cleaned.replace(/\./g, '').replace(',', '.'));
    if (/^-?\d+,\d+$/.test(cleaned)) return Number(cleaned.replace(',', '.'));
  }
  return /^-?\d+(\.\d+)?$/.test(cleaned) ? Number(cleaned) : null;
}

export function parseSubmissionCsv(text: string): ParsedCsv {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const header = lines[0] ?? '';
  const delimiter = header.includes(';') ? ';' : ',';
  const names = splitLine(header, delimiter).map((name) => name.toLowerCase());
  const columns = names[0] === CSV_COLUMNS.en[0] ? CSV_COLUMNS.en : CSV_COLUMNS.da;
  if (names.length !== 3 || names.some((name, index) => name !== columns[index])) {
    return {
      values: [],
      rows: [],
      columns,
      errors: [
        {
          pointer: '/rows/1',
          detail: `the columns must be ${CSV_COLUMNS.da.join(';')} (or ${CSV_COLUMNS.en.join(',')})`,
        },
      ],
    };
  }
  const values: SaveSubmission['values'] = [];
  const rows: number[] = [];
  const errors: ProblemFieldError[] = [];
  for (let index = 1; index < lines.length; index += 1) {
    const line = lines[index];
    const row = index + 1;
    if (line === '' || /^[;,\s]*$/.test(line)) continue;
    const cells = splitLine(line, delimiter);
    const indicator = cells[0] ?? '';
    const disaggregation = cells[1] ?? '';
    const raw = cells[2] ?? '';
    if (cells.length > 3 && cells.slice(3).some((cell) => cell !== ''))
      errors.push({ pointer: `/rows/${row}`, detail: 'more cells than the three columns' });
    if (!indicator) errors.push({ pointer: `/rows/${row}/${columns[0]}`, detail: 'empty' });
    if (raw === '') continue; // a template row left empty is no value
    const value = parseNumber(raw, delimiter);
    if (value === null) {
      errors.push({ pointer: `/rows/${row}/${columns[2]}`, detail: `"${raw}" is not a number` });
      continue;
    }
    values.push(disaggregation ? { indicator, disaggregation, value } : { indicator, value });
    rows.push(row);
  }
  if (values.length === 0 && errors.length === 0)
    errors.push({ pointer: '/rows', detail: 'the file has no values' });
  return { values, rows, columns, errors };
}

/** A template for one period: every indicator (and disaggregation) the programme collects, values empty. */
export function submissionTemplate(
  indicators: readonly { code: string; disaggregations: readonly string[] }[],
): string {
  const lines = [CSV_COLUMNS.da.join(';')];
  for (const indicator of indicators) {
    lines.push(`${indicator.code};;`);
    for (const disaggregation of indicator.disaggregations)
      lines.push(`${indicator.code};${disaggregation};`);
  }
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}
