import type {
  ApplicationDto,
  ApplicationFileDto,
  ApplicationFormDto,
  FormAnswer,
  FormQuestion,
} from '@samvirke/contracts';
import { useI18n } from '../i18n/i18n.js';

function text(answer: FormAnswer | undefined, files: readonly ApplicationFileDto[]): string {
  if (answer === undefined || answer === null) return '–';
  if (typeof answer === 'number') return String(answer);
  if (typeof answer === 'string') return files.find((file) => file.id === answer)?.fileName ?? answer;
  return answer.every((item) => typeof item === 'string') ? answer.join(', ') : '';
}

/** The answers to the call's form as reviewers and the foundation read them, in the form's order. */
export function FormAnswersSummary({
  application,
  form,
  files,
}: {
  application: ApplicationDto;
  form: ApplicationFormDto | null;
  files: readonly ApplicationFileDto[];
}) {
  const { t } = useI18n();
  if (!form || form.questions.length === 0) return null;
  return (
    <section aria-labelledby="form-answers" className="panel">
      <h2 id="form-answers">
        {t('Svar på opslagets spørgsmål', "Answers to the call's questions")}
        {application.formVersion !== null &&
          ` (${t('skema version', 'form version')} ${application.formVersion})`}
      </h2>
      <dl>
        {form.questions.map((question) => (
          <AnswerItem
            key={question.key}
            question={question}
            answer={application.answers[question.key]}
            files={files}
          />
        ))}
      </dl>
    </section>
  );
}

function AnswerItem({
  question,
  answer,
  files,
}: {
  question: FormQuestion;
  answer: FormAnswer | undefined;
  files: readonly ApplicationFileDto[];
}) {
  return (
    <>
      <dt>{question.label}</dt>
      <dd>
        {question.type === 'table' && Array.isArray(answer) ? (
          <AnswerTable question={question} answer={answer} />
        ) : (
          text(answer, files)
        )}
      </dd>
    </>
  );
}

type Row = Record<string, string | number | null>;

function AnswerTable({
  question,
  answer,
}: {
  question: Extract<FormQuestion, { type: 'table' }>;
  answer: readonly unknown[];
}) {
  const rows = answer.filter((row): row is Row => typeof row === 'object' && row !== null);
  return (
    <table>
      <thead>
        <tr>
          {question.columns.map((column) => (
            <th key={column.key} scope="col">
              {column.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, index) => (
          <tr key={index}>
            {question.columns.map((column) => (
              <td key={column.key}>{row[column.key] ?? ''}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
