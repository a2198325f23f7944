import type { ReportingPeriodDto } from '@samvirke/contracts';
import { useState } from 'react';
import { useI18n } from '../i18n/i18n.js';
import { usePortal } from '../portal-context.js';
import { FormFailure } from './form-failure.js';
import { submitWith, TextField } from './inputs.js';
import { useAction } from './use-action.js';

export type PeriodChanged = (period: ReportingPeriodDto, message: string) => void;

interface Props {
  readonly programmeId: string;
  readonly period: ReportingPeriodDto;
  readonly onChanged: PeriodChanged;
}

type Verb = 'close' | 'reopen' | 'extend';

/** Calls one of the period's actions and tells the page what changed. */
function usePeriodAction({ programmeId, period, onChanged }: Props) {
  const { api } = usePortal();
  const action = useAction();
  const post = (
    verb: Verb,
    message: (changed: ReportingPeriodDto) => string,
    body?: unknown,
  ): Promise<void> =>
    action.run(
      () =>
        api.send<ReportingPeriodDto>(
          'POST',
          `/measurement/programmes/${programmeId}/periods/${period.id}/${verb}`,
          body,
        ),
      (changed) => onChanged(changed, message(changed)),
    );
  return { action, post };
}

/** A closed period reopens for a correction; an open one closes or gets a later deadline. */
export function PeriodActions(props: Props) {
  const { t } = useI18n();
  const { period } = props;
  const { action, post } = usePeriodAction(props);
  if (period.status === 'open') return <OpenPeriodActions {...props} />;
  // A locked period is reopened only with a reason (PeriodLock beside these actions).
  if (period.status === 'locked') return null;
  const reopened = (): string => t(`${period.period} er genåbnet.`, `${period.period} is reopened.`);
  return (
    <>
      <button type="button" disabled={action.busy} onClick={() => void post('reopen', reopened)}>
        {t(`Genåbn ${period.period}`, `Reopen ${period.period}`)}
      </button>
      <FormFailure failure={action.failure} errors={action.errors} />
    </>
  );
}

function OpenPeriodActions(props: Props) {
  const { t } = useI18n();
  const { period } = props;
  const { action, post } = usePeriodAction(props);
  const [dueDate, setDueDate] = useState('');
  const label = period.period;
  const extended = (changed: ReportingPeriodDto): string =>
    t(
      `Fristen for ${label} er nu ${changed.dueDate}.`,
      `The deadline of ${label} is now ${changed.dueDate}.`,
    );
  const closed = (): string => t(`${label} er lukket.`, `${label} is closed.`);
  return (
    <form
      noValidate
      className="inline-form"
      aria-label={t(`Handlinger for ${label}`, `Actions for ${label}`)}
      onSubmit={submitWith(() => post('extend', extended, { dueDate }))}
    >
      <TextField
        id={`extend-${period.id}`}
        type="date"
        label={t(`Ny frist for ${label}`, `New deadline for ${label}`)}
        value={dueDate}
        onChange={setDueDate}
        errors={action.errors}
        pointer="/dueDate"
      />
      <button type="submit" disabled={action.busy}>
        {t(`Forlæng fristen for ${label}`, `Extend the deadline of ${label}`)}
      </button>
      <button type="button" disabled={action.busy} onClick={() => void post('close', closed)}>
        {t(`Luk ${label}`, `Close ${label}`)}
      </button>
      <FormFailure failure={action.failure} errors={action.errors} />
    </form>
  );
}
