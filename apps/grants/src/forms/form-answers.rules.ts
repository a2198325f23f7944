import type { FormAnswer, FormQuestion, ProblemFieldError } from '@samvirke/contracts';

type Question<T extends FormQuestion['type']> = Extract<FormQuestion, { type: T }>;

/** Each answer checked against its question: the right kind of value within its limits. */
export function answerErrors(
  questions: readonly FormQuestion[],
  answers: Readonly<Record<string, FormAnswer>>,
  fileIds: readonly string[],
): ProblemFieldError[] {
  return Object.entries(answers).flatMap(([key, answer]) => {
    const at = `/answers/${key}`;
    if (answer === null) return [];
    const question = questions.find((candidate) => candidate.key === key);
    if (!question) return [{ pointer: at, detail: "not a question of the call's form" }];
    return errorsOf(question, answer, at, fileIds);
  });
}

function errorsOf(
  question: FormQuestion,
  answer: Exclude<FormAnswer, null>,
  at: string,
  fileIds: readonly string[],
): ProblemFieldError[] {
  switch (question.type) {
    case 'text':
      return textErrors(question, answer, at);
    case 'number':
      return numberErrors(question, answer, at);
    case 'choice':
      return choiceErrors(question, answer, at);
    case 'file':
      return typeof answer === 'string' && fileIds.includes(answer)
        ? []
        : [{ pointer: at, detail: 'the id of a file uploaded to this application' }];
    case 'table':
      return tableErrors(question, answer, at);
  }
}

export function wordCount(text: string): number {
  return text.split(/\s+/u).filter((word) => word.length > 0).length;
}

function textErrors(question: Question<'text'>, answer: unknown, at: string): ProblemFieldError[] {
  if (typeof answer !== 'string') return [{ pointer: at, detail: 'a text' }];
  const words = wordCount(answer);
  return question.maxWords !== undefined && words > question.maxWords
    ? [{ pointer: at, detail: `${words} words; at most ${question.maxWords}` }]
    : [];
}

function numberErrors(question: Question<'number'>, answer: unknown, at: string): ProblemFieldError[] {
  if (typeof answer !== 'number' || !Number.isFinite(answer)) return [{ pointer: at, detail: 'a number' }];
  if (question.integer && !Number.isInteger(answer)) return [{ pointer: at, detail: 'a whole number' }];
  if (question.min !== undefined && answer < question.min)
    return [{ pointer: at, detail: `at least ${question.min}` }];
  if (question.max !== undefined && answer > question.max)
    return [{ pointer: at, detail: `at most ${question.max}` }];
  return [];
}

function choiceErrors(question: Question<'choice'>, answer: unknown, at: string): ProblemFieldError[] {
  if (!question.multiple) {
    return typeof answer === 'string' && question.options.includes(answer)
      ? []
      : [{ pointer: at, detail: `one of: ${question.options.join(', ')}` }];
  }
  if (!Array.isArray(answer)) return [{ pointer: at, detail: 'a list of options' }];
  return answer.flatMap((option: unknown, index) =>
    typeof option === 'string' && question.options.includes(option) && answer.indexOf(option) === index
      ? []
      : [{ pointer: `${at}/${index}`, detail: `one of: ${question.options.join(', ')}, each once` }],
  );
}

function tableErrors(question: Question<'table'>, answer: unknown, at: string): ProblemFieldError[] {
  if (!Array.isArray(answer)) return [{ pointer: at, detail: 'a list of rows' }];
  if (answer.length > question.maxRows)
    return [{ pointer: at, detail: `${answer.length} rows; at most ${question.maxRows}` }];
  return answer.flatMap((row: unknown, index) => rowErrors(question, row, `${at}/${index}`));
}

function rowErrors(question: Question<'table'>, row: unknown, at: string): ProblemFieldError[] {
  if (typeof row !== 'object' || row === null || Array.isArray(row))
    return [{ pointer: at, detail: 'a row: column key → value' }];
  return Object.entries(row).flatMap(([key, value]: [string, unknown]) => {
    const column = question.columns.find((candidate) => candidate.key === key);
    if (!column) return [{ pointer: `${at}/${key}`, detail: 'not a column of the table' }];
    const fits =
      value === null ||
      (column.type === 'number'
        ? typeof value === 'number' && Number.isFinite(value)
        : typeof value === 'string');
    if (fits) return [];
    return [{ pointer: `${at}/${key}`, detail: column.type === 'number' ? 'a number' : 'a text' }];
  });
}
