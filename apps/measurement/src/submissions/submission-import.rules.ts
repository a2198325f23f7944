import type {
  ImportedVersion,
  ImportSubmission,
  MeasurementSettings,
  ProblemFieldError,
} from '@samvirke/contracts';
import { DomainError } from '@samvirke/platform';
import type { SubmissionPeriod } from './submission-context.store.js';
import { inputErrors, jsonInput } from './submission-input.js';
import { checkUnlocked, type VersionState } from './submission-workflow.js';
import { missingRequired, type TrackedIndicator } from './submissions.rules.js';

/**
 * A report from before the programme came onto Samvirke goes into a closed period (an open one is
 * reported here), for a data provider that has nothing there yet.
 */
export function checkImportable(
  period: SubmissionPeriod,
  latest: VersionState | undefined,
  dataProvider: boolean,
): void {
  checkUnlocked(period);
  if (!dataProvider)
    throw new DomainError('conflict', 'This organisation is not a data provider in the programme.');
  if (period.status !== 'closed')
    throw new DomainError(
      'conflict',
      `The period ${period.period} is open and reported here; close it to import earlier reports.`,
    );
  if (latest)
    throw new DomainError(
      'conflict',
      `This organisation has a submission for ${period.period} already (version ${latest.version}, ${latest.status}).`,
    );
}

/** History has happened: every date after `now` is a problem. */
export function futureDates(command: ImportSubmission, now: Date): ProblemFieldError[] {
  return command.versions.flatMap((version, index) =>
    (['submittedAt', 'decidedAt'] as const)
      .filter((field) => Date.parse(version[field]) > now.getTime())
      .map((field) => ({ pointer: `/versions/${index}/${field}`, detail: 'in the future' })),
  );
}

/** A version's values checked as a reporter's would be, and its required indicators, pointing into the list. */
export function versionErrors(
  version: ImportedVersion,
  index: number,
  tracked: ReadonlyMap<string, TrackedIndicator>,
  rules: MeasurementSettings['rules'],
): ProblemFieldError[] {
  const values = version.values.map((value) => ({
    indicator: value.indicator,
    disaggregation: value.disaggregation ?? null,
  }));
  return [
    ...inputErrors(jsonInput({ values: version.values }), tracked, rules),
    ...missingRequired(values, tracked),
  ].map((error) => ({ ...error, pointer: `/versions/${index}${error.pointer}` }));
}
