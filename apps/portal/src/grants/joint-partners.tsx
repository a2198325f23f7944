import type { ApplicationDto, ApplicationPartnerDto } from '@samvirke/contracts';
import { useState } from 'react';
import { ErrorMessage } from '../components/status.js';
import { useI18n, type I18n } from '../i18n/i18n.js';
import { usePortal } from '../portal-context.js';
import { formatKroner, kronerInput, parseKroner } from './money.js';

interface Row {
  organisationId: string;
  amount: string;
}

function statusText({ t }: Pick<I18n, 't'>, partner: ApplicationPartnerDto): string {
  switch (partner.status) {
    case 'invited':
      return t('Afventer bekræftelse', 'Awaiting confirmation');
    case 'confirmed':
      return t('Bekræftet', 'Confirmed');
    case 'declined':
      return `${t('Takket nej', 'Declined')}: ${partner.reason ?? ''}`;
  }
}

/** The partners of a joint application with their budgets and answers, for everyone who sees it. */
export function PartnersSummary({ application }: { application: ApplicationDto }) {
  const i18n = useI18n();
  if (application.partners.length === 0) return null;
  return (
    <section aria-labelledby="joint-partners" className="panel">
      <h2 id="joint-partners">{i18n.t('Fælles ansøgning: partnere', 'Joint application: partners')}</h2>
      <ul>
        {application.partners.map((partner) => (
          <li key={partner.organisationId}>
            {partner.organisationName ?? partner.organisationId}:{' '}
            {formatKroner(partner.budgetOre, i18n.language)} · {statusText(i18n, partner)}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The partners being named, their changes and their saving. */
function usePartnersEditor(application: ApplicationDto, onSaved: () => void) {
  const { language } = useI18n();
  const { api } = usePortal();
  const [rows, setRows] = useState<Row[]>(() =>
    application.partners.map((p) => ({
      organisationId: p.organisationId,
      amount: kronerInput(p.budgetOre, language),
    })),
  );
  const [failure, setFailure] = useState<unknown>(null);
  const set = (index: number, patch: Partial<Row>): void =>
    setRows((current) => current.map((row, at) => (at === index ? { ...row, ...patch } : row)));
  const remove = (index: number): void => setRows((current) => current.filter((_, at) => at !== index));
  const add = (organisationId: string): void =>
    setRows((current) => [...current, { organisationId, amount: '' }]);
  async function save(): Promise<void> {
    try {
      const partners = rows.map((row) => ({
        organisationId: row.organisationId,
        budgetOre: parseKroner(row.amount),
      }));
      await api.send('PUT', `/grants/applications/${application.id}/partners`, { partners });
      setFailure(null);
      onSaved();
    } catch (error) {
      setFailure(error);
    }
  }
  return { rows, failure, set, remove, add, save };
}

/** The lead applicant names its partners and each one's part of the budget on the draft. */
export function PartnersEditor({
  application,
  choices,
  onSaved,
}: {
  application: ApplicationDto;
  choices: ReadonlyMap<string, string>;
  onSaved: () => void;
}) {
  const { t } = useI18n();
  const { rows, failure, set, remove, add, save } = usePartnersEditor(application, onSaved);
  const options = [...choices].filter(([id]) => id !== application.applicantOrganisationId);
  return (
    <section aria-labelledby="joint-editor" className="panel">
      <h2 id="joint-editor">{t('Søger I sammen med andre?', 'Applying together with others?')}</h2>
      {rows.map((row, index) => (
        <PartnerRow
          key={index}
          index={index}
          row={row}
          options={options}
          set={set}
          remove={() => remove(index)}
        />
      ))}
      {failure !== null && <ErrorMessage error={failure} />}
      <div className="actions">
        <button type="button" onClick={() => add(options[0]?.[0] ?? '')}>
          {t('Tilføj partner', 'Add a partner')}
        </button>
        <button type="button" onClick={() => void save()}>
          {t('Gem partnerne', 'Save the partners')}
        </button>
      </div>
      <PartnersSummary application={application} />
    </section>
  );
}

function PartnerRow({
  index,
  row,
  options,
  set,
  remove,
}: {
  index: number;
  row: Row;
  options: readonly [string, string][];
  set: (index: number, patch: Partial<Row>) => void;
  remove: () => void;
}) {
  const { t } = useI18n();
  const n = index + 1;
  return (
    <div className="field">
      <label htmlFor={`partner-${n}`}>{`${t('Partner', 'Partner')} ${n}`}</label>
      <select
        id={`partner-${n}`}
        value={row.organisationId}
        onChange={(e) => set(index, { organisationId: e.target.value })}
      >
        {options.map(([id, name]) => (
          <option key={id} value={id}>
            {name}
          </option>
        ))}
      </select>
      <BudgetInput n={n} amount={row.amount} onAmount={(amount) => set(index, { amount })} />
      <button type="button" onClick={remove}>
        {`${t('Fjern partner', 'Remove partner')} ${n}`}
      </button>
    </div>
  );
}

/** A partner organisation's users confirm or decline taking part, while the application is a draft. */
export function PartnershipAnswer({
  application,
  organisationId,
  onAnswered,
}: {
  application: ApplicationDto;
  organisationId: string;
  onAnswered: () => void;
}) {
  const { t } = useI18n();
  const { api } = usePortal();
  const [reason, setReason] = useState('');
  const [failure, setFailure] = useState<unknown>(null);
  const path = `/grants/applications/${application.id}/partners/${organisationId}`;
  async function answer(confirm: boolean): Promise<void> {
    try {
      await api.send('POST', `${path}/${confirm ? 'confirm' : 'decline'}`, confirm ? undefined : { reason });
      onAnswered();
    } catch (error) {
      setFailure(error);
    }
  }
  return (
    <section aria-labelledby="partnership" className="panel">
      <h2 id="partnership">{t('Jeres deltagelse', 'Your participation')}</h2>
      <div className="actions">
        <button type="button" className="primary" onClick={() => void answer(true)}>
          {t('Bekræft deltagelse', 'Confirm participation')}
        </button>
      </div>
      <label htmlFor="partnership-reason">{t('Begrundelse for at takke nej', 'Reason to decline')}</label>
      <textarea id="partnership-reason" value={reason} onChange={(e) => setReason(e.target.value)} />
      <button type="button" onClick={() => void answer(false)}>
        {t('Tak nej', 'Decline')}
      </button>
      {failure !== null && <ErrorMessage error={failure} />}
    </section>
  );
}

function BudgetInput({
  n,
  amount,
  onAmount,
}: {
  n: number;
  amount: string;
  onAmount: (amount: string) => void;
}) {
  const { t } = useI18n();
  return (
    <>
      <label htmlFor={`partner-${n}-budget`}>{`${t('Budget, partner', 'Budget, partner')} ${n} (kr.)`}</label>
      <input
        id={`partner-${n}-budget`}
        inputMode="decimal"
        value={amount}
        onChange={(e) => onAmount(e.target.value)}
      />
    </>
  );
}
