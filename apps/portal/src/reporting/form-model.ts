import type { IndicatorDto, ProgrammeIndicatorDto, SubmissionDto } from '@samvirke/contracts';

/** One line of the reporting form: an indicator, or one disaggregation of it. */
export interface FormRow {
  readonly key: string;
  readonly indicator: IndicatorDto;
  readonly disaggregation: string | null;
  readonly label: string;
  readonly required: boolean;
  /** A category combination's cell: the combination's code (the form shows these as a grid). */
  readonly combination?: string;
}

export function formRows(
  tracked: readonly ProgrammeIndicatorDto[],
  indicators: ReadonlyMap<string, IndicatorDto>,
  language: 'da' | 'en',
): FormRow[] {
  const rows: FormRow[] = [];
  for (const item of tracked) {
    const indicator = indicators.get(item.indicatorId);
    if (!indicator) continue;
    const name = language === 'da' ? indicator.nameDa : indicator.nameEn;
    rows.push({
      key: `${indicator.code}|`,
      indicator,
      disaggregation: null,
      label: name,
      required: item.required,
    });
    for (const split of indicator.disaggregations)
      for (const value of split.values)
        rows.push({
          key: `${indicator.code}|${split.code}=${value}`,
          indicator,
          disaggregation: `${split.code}=${value}`,
          label: `${name} – ${split.name}: ${value}`,
          required: false,
        });
    rows.push(...combinationRows(indicator, name));
  }
  return rows;
}

/** Every cell's categories ("koen=kvinde") of a combination, in its order: the first dimension's slowest. */
export function combinationKeys(
  indicator: IndicatorDto,
  combination: IndicatorDto['categoryCombinations'][number],
) {
  return combination.dimensions.reduce<string[][]>(
    (cells, code) => {
      const values = indicator.disaggregations.find((split) => split.code === code)?.values ?? [];
      return cells.flatMap((cell) => values.map((value) => [...cell, `${code}=${value}`]));
    },
    [[]],
  );
}

function combinationRows(indicator: IndicatorDto, name: string): FormRow[] {
  return indicator.categoryCombinations.flatMap((combination) =>
    combinationKeys(indicator, combination).map((categories) => ({
      key: `${indicator.code}|${categories.join('&')}`,
      indicator,
      disaggregation: categories.join('&'),
      label: `${name} – ${combination.name}: ${categories.map((category) => category.split('=')[1]).join(', ')}`,
      required: false,
      combination: combination.code,
    })),
  );
}

/** Reads a number as Danish and English users type it: 1.250, 1250, 61,5 or 61.5. */
export function parseInput(raw: string): number | null {
  let text = raw.trim().replace(/\s/g, '');
  if (text === '') return null;
  if (text.includes(',')) text = text.replaceAll('.', '').replace(',', '.');
  else if (/^-?\d{1,3}(\.\d{3})+$/.test(text)) text = text.replaceAll('.', '');
  if (!/^-?\d+(\.\d+)?$/.test(text)) return Number.NaN;
  return Number(text);
}

export type Translate = (da: string, en: string) => string;

/** The message for one field as the user types, or null when the value is fine. */
export function validateValue(row: FormRow, raw: string, t: Translate): string | null {
  const value = parseInput(raw);
  if (value === null) return null;
  const { indicator } = row;
  if (Number.isNaN(value))
    return t('Skal være et tal, fx 1.250 eller 61,5.', 'Must be a number, e.g. 1,250 or 61.5.');
  if (indicator.valueType === 'integer' && !Number.isInteger(value))
    return t('Skal være et helt tal.', 'Must be a whole number.');
  const decimals = (String(value).split('.')[1] ?? '').length;
  if (indicator.valueType === 'decimal' && decimals > indicator.scale)
    return t(`Højst ${indicator.scale} decimaler.`, `At most ${indicator.scale} decimals.`);
  if (indicator.min !== null && value < indicator.min)
    return t(`Må ikke være under ${indicator.min}.`, `Must not be below ${indicator.min}.`);
  if (indicator.max !== null && value > indicator.max)
    return t(`Må ikke være over ${indicator.max}.`, `Must not be above ${indicator.max}.`);
  return null;
}

export function initialInputs(
  rows: readonly FormRow[],
  latest: SubmissionDto | null,
  format: (n: number) => string,
) {
  const inputs: Record<string, string> = {};
  for (const row of rows) inputs[row.key] = '';
  for (const value of latest?.values ?? [])
    inputs[`${value.indicator}|${value.disaggregation ?? ''}`] = format(value.value);
  return inputs;
}

/** The comment kept with each value, keyed like the inputs; '' where there is none. */
export function initialComments(rows: readonly FormRow[], latest: SubmissionDto | null) {
  const comments: Record<string, string> = {};
  for (const row of rows) comments[row.key] = '';
  for (const value of latest?.values ?? [])
    comments[`${value.indicator}|${value.disaggregation ?? ''}`] = value.comment ?? '';
  return comments;
}

/**
 * A comment belongs to a value. Its length the service checks (the bound lives in libs/contracts,
 * which the portal's bundle does not carry), and its answer is shown on the row.
 */
export function validateComment(raw: string, value: string, t: Translate): string | null {
  if (raw.trim() === '' || parseInput(value) !== null) return null;
  return t('En kommentar hører til en værdi: udfyld værdien.', 'A comment belongs to a value: fill it in.');
}
