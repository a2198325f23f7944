import type { ProgrammeDto, ProgrammeStatus } from '@samvirke/contracts';
import type { Translate } from '../reporting/form-model.js';

/** A goal as typed; `id` is kept for a goal that exists, so its activities stay linked. */
export interface GoalDraft {
  id?: string;
  title: string;
  description: string;
}

/** A programme's common agenda as the officer types it: themes as one comma-separated line. */
export interface ProgrammeForm {
  name: string;
  slug: string;
  problemStatement: string;
  vision: string;
  goals: GoalDraft[];
  themes: string;
  startDate: string;
  endDate: string;
  status: ProgrammeStatus;
  /** The backbone organisation ('' for none yet): a member with the backbone role. */
  backboneOrganisationId: string;
  /** For a new programme created by a platform admin: the funding foundation ('' for the caller's own). */
  funderOrganisationId: string;
}

export const EMPTY_PROGRAMME: ProgrammeForm = {
  name: '',
  slug: '',
  problemStatement: '',
  vision: '',
  goals: [{ title: '', description: '' }],
  themes: '',
  startDate: '',
  endDate: '',
  status: 'planning',
  backboneOrganisationId: '',
  funderOrganisationId: '',
};

export function programmeFormOf(programme: ProgrammeDto): ProgrammeForm {
  return {
    name: programme.name,
    slug: programme.slug,
    problemStatement: programme.problemStatement,
    vision: programme.vision,
    goals: programme.goals.map(({ id, title, description }) => ({ id, title, description })),
    themes: programme.themes.join(', '),
    startDate: programme.startDate,
    endDate: programme.endDate ?? '',
    status: programme.status,
    backboneOrganisationId: programme.backboneOrganisationId ?? '',
    funderOrganisationId: '',
  };
}

const DANISH_LETTERS: Record<string, string> = { æ: 'ae', ø: 'oe', å: 'aa' };

/** A web address name from the programme's name: "Hjem til alle" → "hjem-til-alle". */
export function slugOf(name: string): string {
  return name
    .toLowerCase()
    .replace(/[æøå]/g, (letter) => DANISH_LETTERS[letter] ?? letter)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
}

export function themesOf(line: string): string[] {
  return line
    .split(',')
    .map((theme) => theme.trim())
    .filter(Boolean);
}

const blank = (goal: GoalDraft): boolean => !goal.title.trim() && !goal.description.trim();

/**
 * Where each goal line of the form lands in the body the service checks (its JSON pointer's
 * index); a blank line, the place to type the next goal, is not sent and has none.
 */
export function sentGoalIndexes(goals: readonly GoalDraft[]): (number | null)[] {
  let next = 0;
  return goals.map((goal) => (blank(goal) ? null : next++));
}

function goalsOf(form: ProgrammeForm): { id?: string; title: string; description: string }[] {
  return form.goals
    .filter((goal) => !blank(goal))
    .map((goal) => ({
      ...(goal.id ? { id: goal.id } : {}),
      title: goal.title.trim(),
      description: goal.description.trim(),
    }));
}

const agenda = (form: ProgrammeForm) => ({
  name: form.name.trim(),
  problemStatement: form.problemStatement.trim(),
  vision: form.vision.trim(),
  goals: goalsOf(form),
  themes: themesOf(form.themes),
  startDate: form.startDate,
  endDate: form.endDate || null,
});

export function createBody(form: ProgrammeForm): Record<string, unknown> {
  return {
    ...agenda(form),
    slug: form.slug.trim(),
    ...(form.funderOrganisationId ? { funderOrganisationId: form.funderOrganisationId } : {}),
  };
}

export function updateBody(form: ProgrammeForm): Record<string, unknown> {
  return {
    ...agenda(form),
    status: form.status,
    backboneOrganisationId: form.backboneOrganisationId || null,
  };
}

/**
 * What the form checks itself, by the JSON pointer the service uses; with `sending`, the
 * required fields left empty too.
 */
export function checkProgramme(form: ProgrammeForm, t: Translate, sending = false): Record<string, string> {
  const errors: Record<string, string> = {};
  const required = (pointer: string, value: string, message: string): void => {
    if (sending && !value.trim()) errors[pointer] = message;
  };
  required('/name', form.name, t('Skriv programmets navn.', "Enter the programme's name."));
  required('/slug', form.slug, t('Skriv en kort adresse.', 'Enter a short address.'));
  required('/problemStatement', form.problemStatement, t('Beskriv problemet.', 'Describe the problem.'));
  required('/vision', form.vision, t('Beskriv visionen.', 'Describe the vision.'));
  required('/startDate', form.startDate, t('Vælg en startdato.', 'Choose a start date.'));
  if (form.slug && !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(form.slug))
    errors['/slug'] = t(
      'Kun små bogstaver (a-z), tal og enkelte bindestreger.',
      'Only lowercase letters (a-z), digits and single hyphens.',
    );
  else if (form.slug && form.slug.length < 3) errors['/slug'] = t('Mindst 3 tegn.', 'At least 3 characters.');
  if (form.startDate && form.endDate && form.endDate < form.startDate)
    errors['/endDate'] = t('Slutdatoen ligger før startdatoen.', 'The end date is before the start date.');
  const sent = sentGoalIndexes(form.goals);
  form.goals.forEach((goal, index) => {
    const at = sent[index];
    if (at !== null && at !== undefined && !goal.title.trim())
      errors[`/goals/${at}/title`] = t('Giv målet en titel.', 'Give the goal a title.');
  });
  return errors;
}
