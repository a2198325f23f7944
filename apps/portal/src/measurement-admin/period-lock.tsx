import type { ReportingPeriodDto, ReportingPeriodHistoryEntry } from '@samvirke/contracts';
import { useState } from 'react';
import { Await } from '../components/status.js';
import { useI18n, type I18n } from '../i18n/i18n.js';
import { useLoad, usePortal } from '../portal-context.js';
import { FormFailure } from './form-failure.js';
import { submitWith, TextField } from './inputs.js';
import type { PeriodChanged } from './period-actions.js';
import { useAction } from './use-action.js';

interface Props {
  readonly programmeId: string;
  readonly period: ReportingPeriodDto;
  readonly onChanged: PeriodChanged;
}

/**
 * Locking a period (nothing in it changes until it is reopened) and reopening a locked one with a
 * reason, with the period's history of closes, locks and reopenings: who, when and why.
 */
export function PeriodLock(props: Props) {
  const { t } = useI18n();
  const { period } = props;
  const [shown, setShown] = useState(false);
  return (
    <details onToggle={(event) => setShown(event.currentTarget.open)}>
      <summary>{t(`Lås og historik for ${period.period}`, `Lock and history of ${period.period}`)}</summary>
      <LockForm {...props} />
      {shown && <PeriodHistory programmeId={props.programmeId} period={period} />}
    </details>
  );
}

/** Locks the period, or reopens a locked one, with the reason written; tells the page what changed. */
function useLockAction({ programmeId, period, onChanged }: Props) {
  const { t } = useI18n();
  const { api } = usePortal();
  const action = useAction();
  const [reason, setReason] = useState('');
  const locked = period.status === 'locked';
  const label = period.period;
  const said = locked
    ? t(`${label} er genåbnet.`, `${label} is reopened.`)
    : t(`${label} er låst.`, `${label} is locked.`);
  const save = (): Promise<void> =>
    action.run(
      () =>
        api.send<ReportingPeriodDto>(
          'POST',
          `/measurement/programmes/${programmeId}/periods/${period.id}/${locked ? 'unlock' : 'lock'}`,
          locked || reason.trim() ? { reason } : {},
        ),
      (changed) => {
        setReason('');
        onChanged(changed, said);
      },
    );
  return { action, reason, setReason, save, locked };
}

/** A locked period is reopened with a required reason; any other is locked, with a reason if given. */
function LockForm(props: Props) {
  const { t } = useI18n();
  const { action, reason, setReason, save, locked } = useLockAction(props);
  const label = props.period.period;
  return (
    <form
      noValidate
      aria-label={locked ? t(`Genåbn ${label}`, `Reopen ${label}`) : t(`Lås ${label}`, `Lock ${label}`)}
      onSubmit={submitWith(save)}
    >
      <LockExplanation locked={locked} />
      <TextField
        id={`${locked ? 'unlock' : 'lock'}-reason-${props.period.id}`}
        label={
          locked
            ? t(`Begrundelse for at genåbne ${label}`, `Reason to reopen ${label}`)
            : t(`Begrundelse for at låse ${label} (valgfri)`, `Reason to lock ${label} (optional)`)
        }
        value={reason}
        onChange={setReason}
        errors={action.errors}
        pointer="/reason"
      />
      <button type="submit" disabled={action.busy}>
        {locked
          ? t(`Genåbn ${label} med begrundelse`, `Reopen ${label} with reason`)
          : t(`Lås ${label}`, `Lock ${label}`)}
      </button>
      <FormFailure failure={action.failure} errors={action.errors} />
    </form>
  );
}

function LockExplanation({ locked }: { locked: boolean }) {
  const { t } = useI18n();
  return (
    <p className="muted">
      {locked
        ? t(
            'Perioden er låst: intet kan gemmes, indsendes, importeres, godkendes eller sendes retur. Genåbning kræver en begrundelse.',
            'The period is locked: nothing can be saved, submitted, imported, approved or returned. Reopening needs a reason.',
          )
        : t(
            'En låst periode kan ikke ændres af nogen, før den genåbnes med en begrundelse.',
            'Nobody changes a locked period until it is reopened with a reason.',
          )}
    </p>
  );
}

function PeriodHistory({ programmeId, period }: { programmeId: string; period: ReportingPeriodDto }) {
  const i18n = useI18n();
  const { t } = i18n;
  const loaded = useLoad(
    (api) =>
      api.get<ReportingPeriodHistoryEntry[]>(
        `/measurement/programmes/${programmeId}/periods/${period.id}/history`,
      ),
    `period-history:${period.id}:${period.status}`,
  );
  return (
    <Await loaded={loaded}>
      {(entries) =>
        entries.length === 0 ? (
          <p className="muted">
            {t('Perioden er ikke lukket eller låst endnu.', 'The period has not been closed or locked yet.')}
          </p>
        ) : (
          <ol aria-label={t(`Historik for ${period.period}`, `History of ${period.period}`)}>
            {entries.map((entry) => (
              <li key={`${entry.at}-${entry.action}`}>{historyLine(i18n, entry)}</li>
            ))}
          </ol>
        )
      }
    </Await>
  );
}

const ACTIONS: Record<ReportingPeriodHistoryEntry['action'], readonly [string, string]> = {
  closed: ['Lukket', 'Closed'],
  reopened: ['Genåbnet', 'Reopened'],
  locked: ['Låst', 'Locked'],
  unlocked: ['Genåbnet efter lås', 'Reopened after a lock'],
};

function historyLine(i18n: I18n, entry: ReportingPeriodHistoryEntry): string {
  const [da, en] = ACTIONS[entry.action];
  const when = i18n.formatDateTime(entry.at);
  const line = i18n.t(`${da} af ${entry.by}, ${when}`, `${en} by ${entry.by}, ${when}`);
  return entry.reason ? `${line}: ${entry.reason}` : line;
}
