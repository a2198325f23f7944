import type { ActivityDto, ActivityStatus } from '@samvirke/contracts';
import type { Translate } from '../reporting/form-model.js';

/** An activity as typed: dates as the date inputs give them ('' for none). */
export interface ActivityForm {
  organisationId: string;
  title: string;
  description: string;
  goalIds: string[];
  status: ActivityStatus;
  startDate: string;
  endDate: string;
}

export function emptyActivity(organisationId: string, goalIds: string[] = []): ActivityForm {
  return {
    organisationId,
    title: '',
    description: '',
    goalIds,
    status: 'planned',
    startDate: '',
    endDate: '',
  };
}

export function activityFormOf(activity: ActivityDto): ActivityForm {
  return {
    organisationId: activity.organisationId,
    title: activity.title,
    description: activity.description,
    goalIds: activity.goalIds,
    status: activity.status,
    startDate: activity.startDate ?? '',
    endDate: activity.endDate ?? '',
  };
}

/** The body of a registration, or (with `editing`) of a change: the organisation cannot change. */
export function activityBody(form: ActivityForm, editing: boolean): Record<string, unknown> {
  return {
    ...(editing ? {} : { organisationId: form.organisationId }),
    title: form.title.trim(),
    description: form.description.trim(),
    goalIds: form.goalIds,
    status: form.status,
    startDate: form.startDate || null,
    endDate: form.endDate || null,
  };
}

/** The form's own checks, by the service's JSON pointers; `sending` adds the required fields. */
export function checkActivity(form: ActivityForm, t: Translate, sending = false): Record<string, string> {
  const errors: Record<string, string> = {};
  if (sending && !form.organisationId)
    errors['/organisationId'] = t(
      'Vælg medlemmet, der udfører aktiviteten.',
      'Choose the member doing the activity.',
    );
  if (sending && !form.title.trim())
    errors['/title'] = t('Giv aktiviteten en titel.', 'Give the activity a title.');
  if (sending && form.goalIds.length === 0)
    errors['/goalIds'] = t(
      'Vælg mindst ét mål, aktiviteten tjener.',
      'Choose at least one goal the activity serves.',
    );
  if (form.startDate && form.endDate && form.endDate < form.startDate)
    errors['/endDate'] = t('Slutdatoen ligger før startdatoen.', 'The end date is before the start date.');
  return errors;
}
