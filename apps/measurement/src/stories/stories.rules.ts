import { isPeriodOf, type ReportingFrequency, type WriteStory } from '@samvirke/contracts';
import { ValidationFailed } from '@samvirke/platform';

/** A story is about a period of its indicator's reporting frequency (2026-Q1 for a quarterly one). */
export function checkStoryPeriod(frequency: ReportingFrequency, period: string): void {
  if (!isPeriodOf(frequency, period))
    throw new ValidationFailed([{ pointer: '/period', detail: `not a ${frequency} period` }]);
}

/** The action plan's items ordered by their deadline, so the plan reads as a time line. */
export function orderedActions(story: WriteStory): WriteStory {
  return {
    ...story,
    actions: [...story.actions].sort((a, b) => a.byWhen.localeCompare(b.byWhen)),
  };
}
