import {
  findMunicipality,
  isValidCvr,
  type OrganisationDto,
  type OrganisationType,
} from '@samvirke/contracts';
import type { Translate } from '../reporting/form-model.js';

/**
 * An organisation as the administrator types it. CVR and kommunekode are checked by the same
 * functions the partners service's schemas use (isValidCvr, findMunicipality), so the form and the
 * API agree on what is valid.
 */
export interface OrganisationForm {
  name: string;
  type: OrganisationType;
  cvr: string;
  kommunekode: string;
  contactEmail: string;
  website: string;
}

export const EMPTY_ORGANISATION: OrganisationForm = {
  name: '',
  type: 'municipality',
  cvr: '',
  kommunekode: '',
  contactEmail: '',
  website: '',
};

export function organisationFormOf(organisation: OrganisationDto): OrganisationForm {
  return {
    name: organisation.name,
    type: organisation.type,
    cvr: organisation.cvr ?? '',
    kommunekode: organisation.kommunekode ?? '',
    contactEmail: organisation.contactEmail ?? '',
    website: organisation.website ?? '',
  };
}

/** The message for a CVR number as typed, or null when it is empty or valid. */
export function cvrError(raw: string, t: Translate): string | null {
  const cvr = raw.replace(/\s/g, '');
  if (!cvr) return null;
  if (!/^\d{8}$/.test(cvr)) return t('Et CVR-nummer har 8 cifre.', 'A CVR number has 8 digits.');
  if (cvr.startsWith('0'))
    return t('Et CVR-nummer begynder aldrig med 0.', 'A CVR number never starts with 0.');
  return isValidCvr(cvr)
    ? null
    : t(
        'Ikke et gyldigt CVR-nummer (kontrolcifferet passer ikke). Tjek for tastefejl.',
        'Not a valid CVR number (the check digit does not match). Check for typing errors.',
      );
}

/** The message for a kommunekode, given the organisation's type; null when it is as it should be. */
export function kommunekodeError(raw: string, type: OrganisationType, t: Translate): string | null {
  const code = raw.trim();
  if (type !== 'municipality')
    return code ? t('Kun kommuner har en kommunekode.', 'Only municipalities have a kommunekode.') : null;
  if (!code) return null;
  if (!/^\d{3}$/.test(code)) return t('En kommunekode har 3 cifre.', 'A kommunekode has 3 digits.');
  return findMunicipality(code)
    ? null
    : t('Ikke en af de 98 danske kommunekoder.', 'Not one of the 98 Danish kommunekoder.');
}

/** The municipality a valid kommunekode names, to show beside the field. */
export function municipalityName(raw: string): string | null {
  return findMunicipality(raw.trim())?.officialName ?? null;
}

/**
 * What the form checks as the administrator types, by the JSON pointer the service would use.
 * Fields left empty are not yet errors; missingFields() names them when the form is sent.
 */
export function checkOrganisation(
  form: OrganisationForm,
  t: Translate,
  editing = false,
): Record<string, string> {
  const errors: Record<string, string> = {};
  if (form.name.trim().length === 1)
    errors['/name'] = t('Navnet skal have mindst 2 tegn.', 'The name needs at least 2 characters.');
  const cvr = cvrError(form.cvr, t);
  if (cvr) errors['/cvr'] = cvr;
  // The kommunekode is fixed once registered; only a new organisation's is checked.
  const kommunekode = editing ? null : kommunekodeError(form.kommunekode, form.type, t);
  if (kommunekode) errors['/kommunekode'] = kommunekode;
  return errors;
}

/** The required fields left empty, checked when the form is sent. */
export function missingFields(form: OrganisationForm, t: Translate, editing = false): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!form.name.trim()) errors['/name'] = t('Skriv organisationens navn.', "Enter the organisation's name.");
  if (!editing && form.type === 'municipality' && !form.kommunekode.trim())
    errors['/kommunekode'] = t(
      'En kommune skal have sin kommunekode.',
      'A municipality needs its kommunekode.',
    );
  return errors;
}

const optional = (value: string): string | undefined => value.trim() || undefined;

/** The POST body: empty fields left out. */
export function registerBody(form: OrganisationForm): Record<string, unknown> {
  return {
    name: form.name.trim(),
    type: form.type,
    cvr: optional(form.cvr.replace(/\s/g, '')),
    kommunekode: form.type === 'municipality' ? optional(form.kommunekode) : undefined,
    contactEmail: optional(form.contactEmail),
    website: optional(form.website),
  };
}

/** The PATCH body: emptied fields become null (the type and kommunekode cannot change). */
export function updateBody(form: OrganisationForm): Record<string, unknown> {
  const orNull = (value: string): string | null => value.trim() || null;
  return {
    name: form.name.trim(),
    cvr: orNull(form.cvr.replace(/\s/g, '')),
    contactEmail: orNull(form.contactEmail),
    website: orNull(form.website),
  };
}
