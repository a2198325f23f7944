import type { FormAnswer, FormQuestion } from '@samvirke/contracts';
import { useI18n } from '../i18n/i18n.js';

type Row = Record<string, string | number | null>;
type TableQuestion = Extract<FormQuestion, { type: 'table' }>;

function rowsOf(answer: FormAnswer): Row[] {
  return Array.isArray(answer)
    ? answer.filter((row): row is Row => typeof row === 'object' && row !== null)
    : [];
}

/** A table question: its declared columns, rows added by the applicant. */
export function TableAnswer({
  id,
  question,
  answer,
  set,
}: {
  id: string;
  question: TableQuestion;
  answer: FormAnswer;
  set: (value: FormAnswer) => void;
}) {
  const { t } = useI18n();
  const rows = rowsOf(answer);
  const cell = (index: number, key: string, raw: string, number: boolean): void => {
    const value = raw.trim() === '' ? null : number ? Number(raw.replace(',', '.')) : raw;
    set(rows.map((row, at) => (at === index ? { ...row, [key]: value } : row)));
  };
  return (
    <div id={id}>
      <table>
        <TableHead question={question} />
        <tbody>
          {rows.map((row, index) => (
            <TableRow key={index} question={question} row={row} index={index} cell={cell} />
          ))}
        </tbody>
      </table>
      {rows.length < question.maxRows && (
        <button type="button" onClick={() => set([...rows, {}])}>
          {t('Tilføj række', 'Add a row')}
        </button>
      )}
    </div>
  );
}

function TableRow({
  question,
  row,
  index,
  cell,
}: {
  question: TableQuestion;
  row: Row;
  index: number;
  cell: (index: number, key: string, raw: string, number: boolean) => void;
}) {
  return (
    <tr>
      {question.columns.map((column) => (
        <td key={column.key}>
          <input
            aria-label={`${column.label} ${index + 1}`}
            defaultValue={row[column.key] ?? ''}
            inputMode={column.type === 'number' ? 'decimal' : undefined}
            onChange={(e) => cell(index, column.key, e.target.value, column.type === 'number')}
          />
        </td>
      ))}
    </tr>
  );
}

function TableHead({ question }: { question: TableQuestion }) {
  return (
    <thead>
      <tr>
        {question.columns.map((column) => (
          <th key={column.key} scope="col">
            {column.label}
          </th>
        ))}
      </tr>
    </thead>
  );
}
