import { REPORTING_FREQUENCIES, type ReportingPeriodDto } from '@samvirke/contracts';
import { useState } from 'react';
import { ErrorMessage } from '../components/status.js';
import { useI18n } from '../i18n/i18n.js';
import { usePortal } from '../portal-context.js';
import { termOptions } from './admin-terms.js';
import { SelectField, TextField } from './inputs.js';
import { useAction } from './use-action.js';

/** Opens a reporting period for submissions, with its deadline. */
export function PeriodOpenForm({
  programmeId,
  onOpened,
}: {
  programmeId: string;
  onOpened: (period: ReportingPeriodDto) => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const { api } = usePortal();
  const action = useAction();
  const [frequency, setFrequency] = useState<string>('quarterly');
  const [period, setPeriod] = useState('');
  const [dueDate, setDueDate] = useState('');
  const open = (): Promise<void> =>
    action.run(
      () =>
        api.send<ReportingPeriodDto>('POST', `/measurement/programmes/${programmeId}/periods`, {
          frequency,
          period: period.trim(),
          dueDate,
        }),
      (opened) => {
        setPeriod('');
        setDueDate('');
        onOpened(opened);
      },
    );
  return (
    <form
      aria-labelledby="open-period-heading"
      noValidate
      className="panel"
      onSubmit={(event) => {
        event.preventDefault();
        void open();
      }}
    >
      <h3 id="open-period-heading">{t('Åbn en periode', 'Open a period')}</h3>
      <SelectField
        id="period-frequency"
        label={t('Hyppighed', 'Frequency')}
        value={frequency}
        onChange={setFrequency}
        errors={action.errors}
        pointer="/frequency"
        options={termOptions(i18n, REPORTING_FREQUENCIES)}
      />
      <TextField
        id="period-label"
        label={t('Periode', 'Period')}
        value={period}
        onChange={setPeriod}
        errors={action.errors}
        pointer="/period"
        hint={t(
          'Fx 2026 (årlig), 2026-Q2 (kvartal) eller 2026-03 (måned)',
          'E.g. 2026 (annual), 2026-Q2 (quarter) or 2026-03 (month)',
        )}
      />
      <TextField
        id="period-due-date"
        type="date"
        label={t('Frist for indberetning', 'Reporting deadline')}
        value={dueDate}
        onChange={setDueDate}
        errors={action.errors}
        pointer="/dueDate"
      />
      {action.failure !== null && <ErrorMessage error={action.failure} />}
      <div className="actions">
        <button type="submit" className="primary" disabled={action.busy}>
          {t('Åbn perioden', 'Open the period')}
        </button>
      </div>
    </form>
  );
}
