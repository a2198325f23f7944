import { glossary } from '../i18n/terms.js';

/** Organisation types in the reader's language. */
export const organisationTypeName = glossary({
  foundation: ['Fond', 'Foundation'],
  municipality: ['Kommune', 'Municipality'],
  region: ['Region', 'Region'],
  ngo: ['NGO / forening', 'NGO / association'],
  company: ['Virksomhed', 'Company'],
  'knowledge-institution': ['Videninstitution', 'Knowledge institution'],
  other: ['Andet', 'Other'],
});
