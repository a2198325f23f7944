import type { IndicatorDto } from '@samvirke/contracts';

/** An indicator as its form holds it: numbers as typed, disaggregation values comma-separated. */
export interface IndicatorDraft {
  code: string;
  nameDa: string;
  nameEn: string;
  descriptionDa: string;
  descriptionEn: string;
  unit: IndicatorDto['unit'];
  valueType: IndicatorDto['valueType'];
  scale: string;
  aggregation: IndicatorDto['aggregation'];
  denominatorCode: string;
  polarity: IndicatorDto['polarity'];
  sensitive: boolean;
  min: string;
  max: string;
  disaggregations: { code: string; name: string; values: string }[];
  /** Category combinations, their disaggregations' codes comma-separated (e.g. koen, aldersgruppe). */
  categoryCombinations: { code: string; name: string; dimensions: string }[];
}

export const EMPTY_INDICATOR: IndicatorDraft = {
  code: '',
  nameDa: '',
  nameEn: '',
  descriptionDa: '',
  descriptionEn: '',
  unit: 'count',
  valueType: 'integer',
  scale: '0',
  aggregation: 'sum',
  denominatorCode: '',
  polarity: 'higher-is-better',
  sensitive: false,
  min: '',
  max: '',
  disaggregations: [],
  categoryCombinations: [],
};

const text = (value: number | null): string => (value === null ? '' : String(value));

/** A new version's starting point: the current version's definition. */
export function draftOfIndicator(indicator: IndicatorDto): IndicatorDraft {
  return {
    ...indicator,
    scale: String(indicator.scale),
    denominatorCode: indicator.denominatorCode ?? '',
    min: text(indicator.min),
    max: text(indicator.max),
    disaggregations: indicator.disaggregations.map((item) => ({ ...item, values: item.values.join(', ') })),
    categoryCombinations: indicator.categoryCombinations.map((item) => ({
      ...item,
      dimensions: item.dimensions.join(', '),
    })),
  };
}

const codes = (list: string): string[] =>
  list
    .split(',')
    .map((value) => value.trim())
    .filter(Boolean);

/**
 * A number as typed (a Danish decimal comma too); empty is null. What is no number is sent as typed,
 * so that the service names the field.
 */
export function typedNumber(value: string): number | string | null {
  const trimmed = value.trim();
  if (trimmed === '') return null;
  const number = Number(trimmed.replace(',', '.'));
  return Number.isFinite(number) ? number : trimmed;
}

/** The body of defineIndicator (with the code) or versionIndicator (without: the service derives it). */
export function indicatorBody(draft: IndicatorDraft, withCode: boolean): Record<string, unknown> {
  return {
    ...(withCode ? { code: draft.code.trim() } : {}),
    nameDa: draft.nameDa,
    nameEn: draft.nameEn,
    descriptionDa: draft.descriptionDa,
    descriptionEn: draft.descriptionEn,
    unit: draft.unit,
    valueType: draft.valueType,
    scale: typedNumber(draft.scale) ?? 0,
    aggregation: draft.aggregation,
    denominatorCode: draft.denominatorCode.trim() || null,
    polarity: draft.polarity,
    sensitive: draft.sensitive,
    min: typedNumber(draft.min),
    max: typedNumber(draft.max),
    disaggregations: draft.disaggregations.map((item) => ({
      code: item.code.trim(),
      name: item.name,
      values: codes(item.values),
    })),
    categoryCombinations: draft.categoryCombinations.map((item) => ({
      code: item.code.trim(),
      name: item.name,
      dimensions: codes(item.dimensions),
    })),
  };
}
