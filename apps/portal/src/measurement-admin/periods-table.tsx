import type { ReportingPeriodDto } from '@samvirke/contracts';
import { useState } from 'react';
import { ErrorMessage, StatusBadge } from '../components/status.js';
import { useI18n } from '../i18n/i18n.js';
import { statusName } from '../i18n/terms.js';
import { usePortal } from '../portal-context.js';
import { adminTerm } from './admin-terms.js';
import { TextField } from './inputs.js';
import { useAction } from './use-action.js';

type Changed = (period: ReportingPeriodDto, message: string) => void;

/** The programme's periods: close an open one or move its deadline, reopen a closed one for a correction. */
export function PeriodsTable({
  programmeId,
  periods,
  onChanged,
}: {
  programmeId: string;
  periods: readonly ReportingPeriodDto[];
  onChanged: Changed;
}) {
  const i18n = useI18n();
  const { t, formatDate } = i18n;
  return (
    <div className="table-wrap">
      <table>
        <caption className="visually-hidden">
          {t('Programmets indberetningsperioder', "The programme's reporting periods")}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('Periode', 'Period')}</th>
            <th scope="col">{t('Hyppighed', 'Frequency')}</th>
            <th scope="col">{t('Frist', 'Deadline')}</th>
            <th scope="col">{t('Status', 'Status')}</th>
            <th scope="col">{t('Handlinger', 'Actions')}</th>
          </tr>
        </thead>
        <tbody>
          {periods.map((period) => (
            <tr key={period.id}>
              <th scope="row">{period.period}</th>
              <td>{adminTerm(i18n, period.frequency)}</td>
              <td>{formatDate(period.dueDate)}</td>
              <td>
                <StatusBadge status={period.status} label={statusName(i18n, period.status)} />
              </td>
              <td>
                <PeriodActions programmeId={programmeId} period={period} onChanged={onChanged} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function PeriodActions({
  programmeId,
  period,
  onChanged,
}: {
  programmeId: string;
  period: ReportingPeriodDto;
  onChanged: Changed;
}) {
  const { t } = useI18n();
  const { api } = usePortal();
  const action = useAction();
  const [dueDate, setDueDate] = useState('');
  const path = `/measurement/programmes/${programmeId}/periods/${period.id}`;
  const post = (
    verb: 'close' | 'reopen' | 'extend',
    message: (changed: ReportingPeriodDto) => string,
    body?: unknown,
  ): Promise<void> =>
    action.run(
      () => api.send<ReportingPeriodDto>('POST', `${path}/${verb}`, body),
      (changed) => onChanged(changed, message(changed)),
    );
  if (period.status === 'closed')
    return (
      <>
        <button
          type="button"
          disabled={action.busy}
          onClick={() =>
            void post('reopen', () => t(`${period.period} er genåbnet.`, `${period.period} is reopened.`))
          }
        >
          {t(`Genåbn ${period.period}`, `Reopen ${period.period}`)}
        </button>
        {action.failure !== null && <ErrorMessage error={action.failure} />}
      </>
    );
  const id = `extend-${period.id}`;
  return (
    <form
      noValidate
      className="inline-form"
      aria-label={t(`Handlinger for ${period.period}`, `Actions for ${period.period}`)}
      onSubmit={(event) => {
        event.preventDefault();
        void post(
          'extend',
          (changed) =>
            t(
              `Fristen for ${changed.period} er nu ${changed.dueDate}.`,
              `The deadline of ${changed.period} is now ${changed.dueDate}.`,
            ),
          { dueDate },
        );
      }}
    >
      <TextField
        id={id}
        type="date"
        label={t(`Ny frist for ${period.period}`, `New deadline for ${period.period}`)}
        value={dueDate}
        onChange={setDueDate}
        errors={action.errors}
        pointer="/dueDate"
      />
      <button type="submit" disabled={action.busy}>
        {t(`Forlæng fristen for ${period.period}`, `Extend the deadline of ${period.period}`)}
      </button>
      <button
        type="button"
        disabled={action.busy}
        onClick={() =>
          void post('close', () => t(`${period.period} er lukket.`, `${period.period} is closed.`))
        }
      >
        {t(`Luk ${period.period}`, `Close ${period.period}`)}
      </button>
      {action.failure !== null && <ErrorMessage error={action.failure} />}
    </form>
  );
}
