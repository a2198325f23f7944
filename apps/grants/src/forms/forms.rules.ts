import type {
  ApplicationEligibility,
  FormAnswers,
  FormQuestion,
  ProblemFieldError,
} from '@samvirke/contracts';

type ChoiceQuestion = Extract<FormQuestion, { type: 'choice' }>;

/** What the schema cannot say about a form: distinct keys and options, accepted options offered, min ≤ max. */
export function formErrors(questions: readonly FormQuestion[]): ProblemFieldError[] {
  const errors: ProblemFieldError[] = [];
  const seen = new Set<string>();
  questions.forEach((question, index) => {
    const at = `/questions/${index}`;
    if (seen.has(question.key))
      errors.push({ pointer: `${at}/key`, detail: 'another question has this key' });
    seen.add(question.key);
    errors.push(...questionErrors(question, at));
  });
  return errors;
}

function questionErrors(question: FormQuestion, at: string): ProblemFieldError[] {
  switch (question.type) {
    case 'choice':
      return choiceErrors(question, at);
    case 'number':
      return question.min !== undefined && question.max !== undefined && question.min > question.max
        ? [{ pointer: `${at}/max`, detail: 'must not be below min' }]
        : [];
    case 'table':
      return duplicates(question.columns.map((column) => column.key)).map((index) => ({
        pointer: `${at}/columns/${index}/key`,
        detail: 'another column has this key',
      }));
    case 'text':
    case 'file':
      return [];
  }
}

function choiceErrors(question: ChoiceQuestion, at: string): ProblemFieldError[] {
  const errors = duplicates(question.options).map((index) => ({
    pointer: `${at}/options/${index}`,
    detail: 'offered twice',
  }));
  if (!question.eligibility) return errors;
  if (question.multiple)
    errors.push({ pointer: `${at}/multiple`, detail: 'an eligibility question takes one answer' });
  question.eligibility.acceptedOptions.forEach((option, index) => {
    if (!question.options.includes(option))
      errors.push({
        pointer: `${at}/eligibility/acceptedOptions/${index}`,
        detail: 'not one of the options',
      });
  });
  return errors;
}

/** The indexes of values that appeared earlier in the list. */
function duplicates(values: readonly string[]): number[] {
  return values.flatMap((value, index) => (values.indexOf(value) < index ? [index] : []));
}

export function eligibilityQuestions(questions: readonly FormQuestion[]): ChoiceQuestion[] {
  return questions.filter(
    (question): question is ChoiceQuestion => question.type === 'choice' && !!question.eligibility,
  );
}

/**
 * Whether the eligibility answers let the applicant go on: any answer outside its accepted options
 * stops them (with the foundation's message), an unanswered one keeps them waiting.
 */
export function eligibilityOf(
  questions: readonly FormQuestion[],
  answers: FormAnswers,
): ApplicationEligibility {
  const asked = eligibilityQuestions(questions);
  if (asked.length === 0) return { status: 'not-asked', messages: [] };
  const messages = asked.flatMap((question) => {
    const answer = answers[question.key];
    return typeof answer === 'string' && !question.eligibility?.acceptedOptions.includes(answer)
      ? [{ key: question.key, message: question.eligibility?.message ?? '' }]
      : [];
  });
  if (messages.length) return { status: 'ineligible', messages };
  const open = asked.some((question) => typeof answers[question.key] !== 'string');
  return { status: open ? 'pending' : 'eligible', messages: [] };
}

/**
 * Until the eligibility questions let the applicant on, a draft takes nothing but their answers:
 * each stopping answer (with the foundation's message) or unanswered question is named.
 */
export function eligibilityGateErrors(
  questions: readonly FormQuestion[],
  eligibility: ApplicationEligibility,
  asksMore: boolean,
): ProblemFieldError[] {
  if (!asksMore || eligibility.status === 'eligible' || eligibility.status === 'not-asked') return [];
  if (eligibility.status === 'ineligible')
    return eligibility.messages.map(({ key, message }) => ({ pointer: `/answers/${key}`, detail: message }));
  return eligibilityQuestions(questions).map((question) => ({
    pointer: `/answers/${question.key}`,
    detail: 'answer the eligibility questions first',
  }));
}

/** Every required question (and every eligibility question) answered, for submission. */
export function requiredAnswerErrors(
  questions: readonly FormQuestion[],
  answers: FormAnswers,
): ProblemFieldError[] {
  return questions
    .filter((question) => question.required || (question.type === 'choice' && question.eligibility))
    .filter((question) => isEmpty(answers[question.key]))
    .map((question) => ({ pointer: `/answers/${question.key}`, detail: 'required to submit' }));
}

export function isEmpty(answer: FormAnswers[string] | undefined): boolean {
  if (answer === undefined || answer === null) return true;
  if (typeof answer === 'string') return answer.trim() === '';
  if (Array.isArray(answer)) return answer.length === 0;
  return false;
}

/** The answers merged with a change: null removes an answer. */
export function mergeAnswers(current: FormAnswers, change: FormAnswers | undefined): FormAnswers {
  const merged: FormAnswers = { ...current };
  for (const [key, answer] of Object.entries(change ?? {})) {
    if (answer === null) delete merged[key];
    else merged[key] = answer;
  }
  return merged;
}

/** Only the answers to questions of the form (a draft follows the newest version). */
export function answersOf(questions: readonly FormQuestion[], answers: FormAnswers): FormAnswers {
  const keys = new Set(questions.map((question) => question.key));
  return Object.fromEntries(Object.entries(answers).filter(([key]) => keys.has(key)));
}
