import type { FormQuestion, FormQuestionType } from '@samvirke/contracts';

/** A question as the officer types it in the form builder: numbers and lists as typed. */
export interface QuestionDraft {
  /** Kept once the question exists (answers are stored by it); a new question's follows its label. */
  key: string;
  label: string;
  help: string;
  type: FormQuestionType;
  required: boolean;
  maxWords: string;
  min: string;
  max: string;
  integer: boolean;
  /** One option a line. */
  options: string;
  multiple: boolean;
  eligibility: boolean;
  /** The options that let the applicant on, one a line. */
  accepted: string;
  message: string;
  /** One column a line; a line ending in " #" is a number column. */
  columns: string;
}

export const QUESTION_TYPES: readonly FormQuestionType[] = ['text', 'number', 'choice', 'file', 'table'];

export function emptyQuestion(type: FormQuestionType = 'text'): QuestionDraft {
  return {
    key: '',
    label: '',
    help: '',
    type,
    required: false,
    maxWords: '',
    min: '',
    max: '',
    integer: false,
    options: '',
    multiple: false,
    eligibility: false,
    accepted: '',
    message: '',
    columns: '',
  };
}

const lines = (text: string): string[] =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

const typed = (value: number | undefined): string => (value === undefined ? '' : String(value));

export function questionDraftOf(question: FormQuestion): QuestionDraft {
  const draft: QuestionDraft = { ...emptyQuestion(question.type), key: question.key, label: question.label };
  Object.assign(draft, { help: question.help, required: question.required });
  if (question.type === 'text') draft.maxWords = typed(question.maxWords);
  if (question.type === 'number')
    Object.assign(draft, { min: typed(question.min), max: typed(question.max), integer: question.integer });
  if (question.type === 'choice') {
    Object.assign(draft, { options: question.options.join('\n'), multiple: question.multiple });
    if (question.eligibility)
      Object.assign(draft, {
        eligibility: true,
        accepted: question.eligibility.acceptedOptions.join('\n'),
        message: question.eligibility.message,
      });
  }
  if (question.type === 'table')
    draft.columns = question.columns.map((c) => (c.type === 'number' ? `${c.label} #` : c.label)).join('\n');
  return draft;
}

/** A key from a label: lower-case letters, digits and hyphens (æ, ø, å spelled out), starting with a letter. */
export function keyOf(label: string): string {
  const spelled = label.toLowerCase().replace(/æ/g, 'ae').replace(/ø/g, 'oe').replace(/å/g, 'aa');
  const slug = spelled
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 36);
  return /^[a-z]/.test(slug) ? slug : `q-${slug}`.replace(/-+$/, '');
}

/** Distinct keys: a new question's from its label, numbered when another has it. */
function keysOf(drafts: readonly QuestionDraft[]): string[] {
  const taken = new Set(drafts.map((draft) => draft.key).filter(Boolean));
  return drafts.map((draft) => {
    if (draft.key) return draft.key;
    const base = keyOf(draft.label || 'spoergsmaal');
    let key = base;
    for (let n = 2; taken.has(key); n += 1) key = `${base}-${n}`;
    taken.add(key);
    return key;
  });
}

const numberOf = (raw: string): number | undefined => {
  const value = Number(raw.replace(',', '.'));
  return raw.trim() === '' || Number.isNaN(value) ? undefined : value;
};

function specifics(draft: QuestionDraft): Record<string, unknown> {
  switch (draft.type) {
    case 'text':
      return { maxWords: numberOf(draft.maxWords) };
    case 'number':
      return { min: numberOf(draft.min), max: numberOf(draft.max), integer: draft.integer };
    case 'choice':
      return {
        options: lines(draft.options),
        multiple: draft.eligibility ? false : draft.multiple,
        ...(draft.eligibility
          ? { eligibility: { acceptedOptions: lines(draft.accepted), message: draft.message.trim() } }
          : {}),
      };
    case 'table':
      return { columns: columnsOf(draft.columns) };
    case 'file':
      return {};
  }
}

function columnsOf(text: string): { key: string; label: string; type: 'text' | 'number' }[] {
  const columns = lines(text).map((line) => {
    const number = line.endsWith('#');
    return {
      label: number ? line.slice(0, -1).trim() : line,
      type: number ? ('number' as const) : ('text' as const),
    };
  });
  const keys = keysOf(columns.map((column) => ({ ...emptyQuestion(), label: column.label })));
  return columns.map((column, index) => ({ key: keys[index] ?? '', ...column }));
}

/** The PUT body of the form: each question with its key and what its type takes. */
export function formBody(drafts: readonly QuestionDraft[]): { questions: Record<string, unknown>[] } {
  const keys = keysOf(drafts);
  return {
    questions: drafts.map((draft, index) => ({
      key: keys[index],
      label: draft.label.trim(),
      help: draft.help.trim(),
      type: draft.type,
      required: draft.required,
      ...specifics(draft),
    })),
  };
}
