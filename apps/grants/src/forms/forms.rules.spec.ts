import type { FormQuestion } from '@samvirke/contracts';
import { answerErrors, wordCount } from './form-answers.rules.js';
import {
  answersOf,
  eligibilityGateErrors,
  eligibilityOf,
  formErrors,
  mergeAnswers,
  requiredAnswerErrors,
} from './forms.rules.js';

const ELIGIBLE: FormQuestion = {
  key: 'cvr-registreret',
  label: 'Er organisationen CVR-registreret?',
  help: '',
  required: true,
  type: 'choice',
  options: ['Ja', 'Nej'],
  multiple: false,
  eligibility: { acceptedOptions: ['Ja'], message: 'Kun CVR-registrerede organisationer kan søge.' },
};
const QUESTIONS: FormQuestion[] = [
  ELIGIBLE,
  { key: 'formaal', label: 'Formål', help: '', required: true, type: 'text', maxWords: 5 },
  {
    key: 'deltagere',
    label: 'Deltagere',
    help: '',
    required: false,
    type: 'number',
    integer: true,
    min: 1,
    max: 500,
  },
  {
    key: 'maalgrupper',
    label: 'Målgrupper',
    help: '',
    required: false,
    type: 'choice',
    options: ['Børn', 'Unge'],
    multiple: true,
  },
  { key: 'budget', label: 'Budget', help: '', required: true, type: 'file' },
  {
    key: 'aktiviteter',
    label: 'Aktiviteter',
    help: '',
    required: false,
    type: 'table',
    maxRows: 2,
    columns: [
      { key: 'navn', label: 'Navn', type: 'text' },
      { key: 'timer', label: 'Timer', type: 'number' },
    ],
  },
];

describe('application form rules', () => {
  it('names duplicate keys, options not offered, a multiple eligibility question and min above max', () => {
    const errors = formErrors([
      { ...ELIGIBLE, multiple: true, eligibility: { acceptedOptions: ['Måske'], message: 'Nej tak.' } },
      {
        key: 'cvr-registreret',
        label: 'Igen',
        help: '',
        required: false,
        type: 'number',
        integer: false,
        min: 5,
        max: 1,
      },
      {
        key: 'tabel',
        label: 'T',
        help: '',
        required: false,
        type: 'table',
        maxRows: 5,
        columns: [
          { key: 'a', label: 'A', type: 'text' },
          { key: 'a', label: 'B', type: 'number' },
        ],
      },
    ]);
    expect(errors.map((error) => error.pointer)).toEqual([
      '/questions/0/multiple',
      '/questions/0/eligibility/acceptedOptions/0',
      '/questions/1/key',
      '/questions/1/max',
      '/questions/2/columns/1/key',
    ]);
    expect(formErrors(QUESTIONS)).toEqual([]);
  });

  it('checks each answer against its question: kind, word limit, range, options, file ids and table cells', () => {
    const errors = answerErrors(
      QUESTIONS,
      {
        formaal: 'en to tre fire fem seks',
        deltagere: 2.5,
        maalgrupper: ['Unge', 'Voksne'],
        budget: 'fil-der-ikke-findes',
        aktiviteter: [{ navn: 'Lektiecafé', timer: 'mange' }, { farve: 'blå' }],
        ukendt: 'x',
      },
      ['fil-1'],
    );
    expect(errors).toEqual([
      { pointer: '/answers/formaal', detail: '6 words; at most 5' },
      { pointer: '/answers/deltagere', detail: 'a whole number' },
      { pointer: '/answers/maalgrupper/1', detail: 'one of: Børn, Unge, each once' },
      { pointer: '/answers/budget', detail: 'the id of a file uploaded to this application' },
      { pointer: '/answers/aktiviteter/0/timer', detail: 'a number' },
      { pointer: '/answers/aktiviteter/1/farve', detail: 'not a column of the table' },
      { pointer: '/answers/ukendt', detail: "not a question of the call's form" },
    ]);
    expect(
      answerErrors(
        QUESTIONS,
        {
          formaal: ' fem  ord er nok her ',
          deltagere: 500,
          maalgrupper: ['Børn'],
          budget: 'fil-1',
          aktiviteter: [],
        },
        ['fil-1'],
      ),
    ).toEqual([]);
    expect(answerErrors(QUESTIONS, { deltagere: 0, cvr: null }, [])).toEqual([
      { pointer: '/answers/deltagere', detail: 'at least 1' },
    ]);
    expect(answerErrors(QUESTIONS, { aktiviteter: [{}, {}, {}] }, [])).toEqual([
      { pointer: '/answers/aktiviteter', detail: '3 rows; at most 2' },
    ]);
  });

  it('counts words by whitespace', () => {
    expect(wordCount('  Børn og  unge\ni Danmark ')).toBe(5);
    expect(wordCount('')).toBe(0);
  });

  it('lets an applicant on only when every eligibility answer is accepted, with the message when not', () => {
    expect(eligibilityOf(QUESTIONS.slice(1), {})).toEqual({ status: 'not-asked', messages: [] });
    expect(eligibilityOf(QUESTIONS, {})).toEqual({ status: 'pending', messages: [] });
    expect(eligibilityOf(QUESTIONS, { 'cvr-registreret': 'Ja' })).toEqual({
      status: 'eligible',
      messages: [],
    });
    const stopped = eligibilityOf(QUESTIONS, { 'cvr-registreret': 'Nej' });
    expect(stopped).toEqual({
      status: 'ineligible',
      messages: [{ key: 'cvr-registreret', message: 'Kun CVR-registrerede organisationer kan søge.' }],
    });
    expect(eligibilityGateErrors(QUESTIONS, stopped, true)).toEqual([
      { pointer: '/answers/cvr-registreret', detail: 'Kun CVR-registrerede organisationer kan søge.' },
    ]);
    expect(eligibilityGateErrors(QUESTIONS, stopped, false)).toEqual([]);
    expect(eligibilityGateErrors(QUESTIONS, { status: 'pending', messages: [] }, true)).toEqual([
      { pointer: '/answers/cvr-registreret', detail: 'answer the eligibility questions first' },
    ]);
  });

  it('names each required question left empty, eligibility questions included', () => {
    expect(requiredAnswerErrors(QUESTIONS, { formaal: '  ', deltagere: 3 }).map((e) => e.pointer)).toEqual([
      '/answers/cvr-registreret',
      '/answers/formaal',
      '/answers/budget',
    ]);
  });

  it('merges a change into the answers (null removes) and keeps only the current questions', () => {
    expect(mergeAnswers({ formaal: 'a', deltagere: 2 }, { formaal: null, budget: 'f' })).toEqual({
      deltagere: 2,
      budget: 'f',
    });
    expect(answersOf(QUESTIONS, { formaal: 'a', fjernet: 'b' })).toEqual({ formaal: 'a' });
  });
});
