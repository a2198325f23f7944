import { z } from 'zod';
import { findMunicipality } from './reference/dk-municipalities.js';

export const ORGANISATION_TYPES = [
  'foundation',
  'municipality',
  'region',
  'ngo',
  'company',
  'knowledge-institution',
  'other',
] as const;

export const organisationTypeSchema = z.enum(ORGANISATION_TYPES);
export type OrganisationType = z.infer<typeof organisationTypeSchema>;

/** 3-digit kommunekode of one of the 98 municipalities ("101" København ... "860" Hjørring). */
export const kommunekodeSchema = z
  .string()
  .regex(/^\d{3}$/, 'a kommunekode has three digits')
  .refine((code) => findMunicipality(code) !== undefined, 'not one of the 98 Danish kommunekoder');

const CVR_WEIGHTS = [2, 7, 6, 5, 4, 3, 2, 1] as const;

/**
 * CVR numbers are 8 digits whose weighted sum (2,7,6,5,4,3,2,1) is divisible by 11. The register
 * never hands out a number with a leading zero, so `05646251` and `00000000` (both modulus-11 valid)
 * are typing errors, not companies.
 */
export function isValidCvr(cvr: string): boolean {
  if (!/^[1-9]\d{7}$/.test(cvr)) return false;
  const sum = CVR_WEIGHTS.reduce((total, weight, index) => total + weight * Number(cvr[index]), 0);
  return sum % 11 === 0;
}

export const cvrSchema = z
  .string()
  .regex(/^\d{8}$/, 'a CVR number has eight digits')
  .refine(isValidCvr, 'not a valid CVR number (starts with 0 or fails the modulus-11 check)');
