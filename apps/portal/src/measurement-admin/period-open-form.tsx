import { REPORTING_FREQUENCIES, type ReportingPeriodDto } from '@samvirke/contracts';
import { useState } from 'react';
import { useI18n } from '../i18n/i18n.js';
import { usePortal } from '../portal-context.js';
import { termOptions } from './admin-terms.js';
import { FormFailure } from './form-failure.js';
import { binder, SelectField, submitWith, TextField } from './inputs.js';
import { useAction } from './use-action.js';

const EMPTY = { frequency: 'quarterly', period: '', dueDate: '' };

function usePeriodOpening(programmeId: string, onOpened: (period: ReportingPeriodDto) => void) {
  const { api } = usePortal();
  const action = useAction();
  const [draft, setDraft] = useState(EMPTY);
  const bind = binder('period', draft, (patch) => setDraft({ ...draft, ...patch }), action.errors);
  const open = (): Promise<void> =>
    action.run(
      () =>
        api.send<ReportingPeriodDto>('POST', `/measurement/programmes/${programmeId}/periods`, {
          ...draft,
          period: draft.period.trim(),
        }),
      (opened) => {
        setDraft(EMPTY);
        onOpened(opened);
      },
    );
  return { action, bind, open };
}

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
  const { action, bind, open } = usePeriodOpening(programmeId, onOpened);
  return (
    <form aria-labelledby="open-period-heading" noValidate className="panel" onSubmit={submitWith(open)}>
      <h3 id="open-period-heading">{t('Åbn en periode', 'Open a period')}</h3>
      <SelectField
        {...bind('frequency')}
        label={t('Hyppighed', 'Frequency')}
        options={termOptions(i18n, REPORTING_FREQUENCIES)}
      />
      <TextField
        {...bind('period')}
        label={t('Periode', 'Period')}
        hint={t(
          'Fx 2026 (årlig), 2026-Q2 (kvartal) eller 2026-03 (måned)',
          'E.g. 2026 (annual), 2026-Q2 (quarter) or 2026-03 (month)',
        )}
      />
      <TextField {...bind('dueDate')} type="date" label={t('Frist for indberetning', 'Reporting deadline')} />
      <FormFailure failure={action.failure} errors={action.errors} />
      <div className="actions">
        <button type="submit" className="primary" disabled={action.busy}>
          {t('Åbn perioden', 'Open the period')}
        </button>
      </div>
    </form>
  );
}
