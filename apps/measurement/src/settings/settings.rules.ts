import type { MeasurementSettings, ProblemFieldError } from '@samvirke/contracts';

/** Every indicator code the settings' cross-indicator rules name, once each. */
export function ruleCodes(settings: MeasurementSettings): string[] {
  return [...new Set(settings.rules.flatMap((rule) => [rule.left, rule.right]))];
}

/** A rule may only compare indicators of the library: one error per side naming an unknown code. */
export function unknownCodeErrors(
  settings: MeasurementSettings,
  known: ReadonlySet<string>,
): ProblemFieldError[] {
  return settings.rules.flatMap((rule, index) =>
    (['left', 'right'] as const)
      .filter((side) => !known.has(rule[side]))
      .map((side) => ({
        pointer: `/rules/${index}/${side}`,
        detail: `no indicator has code ${rule[side]}`,
      })),
  );
}
