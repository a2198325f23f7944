import { useState } from 'react';
import type { AmendmentDto, AwardDto } from '@samvirke/contracts';
import { Field, invalid, type Errors } from '../components/fields.js';
import { ErrorMessage } from '../components/status.js';
import { useI18n } from '../i18n/i18n.js';
import { usePortal } from '../portal-context.js';

interface Props {
  readonly award: AwardDto;
  readonly amendment: AmendmentDto;
  readonly onChanged: () => void;
}

/** Whether the signed-in user is an officer of the organisation (platform admins act as none). */
export function useOfficerOf(): (organisationId: string) => boolean {
  const { principal } = usePortal();
  return (id) => principal.roles.includes('foundation-officer') && principal.organisations.includes(id);
}

/** Posts one decision on the amendment (`verb` under its path) and tells the page, or shows why not. */
function useAmendmentAction({ award, amendment, onChanged }: Props) {
  const { api } = usePortal();
  const [failure, setFailure] = useState<unknown>(null);
  const act = async (verb: string, body?: unknown): Promise<void> => {
    setFailure(null);
    try {
      await api.send('POST', `/grants/awards/${award.id}/amendments/${amendment.id}/${verb}`, body);
      onChanged();
    } catch (error) {
      setFailure(error);
    }
  };
  return { act, failure };
}

/** A co-funder's officer approves the amendment for its own foundation, or declines it with a reason. */
export function AmendmentAnswer(props: Props & { readonly funderId: string }) {
  const { t } = useI18n();
  const { act, failure } = useAmendmentAction(props);
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const id = `amendment-decline-${props.funderId}`;
  const errors: Errors =
    tried && !reason.trim() ? { '/reason': t('Skriv hvorfor ændringen afvises.', 'Say why.') } : {};
  const funder = `funders/${props.funderId}`;
  return (
    <div className="inline-form">
      <button type="button" onClick={() => void act(`${funder}/approve`)}>
        {t('Godkend ændringen', 'Approve the amendment')}
      </button>
      <Field
        id={id}
        label={t('Begrundelse for afvisning', 'Reason for declining')}
        errors={errors}
        pointer="/reason"
      >
        <input
          id={id}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          {...invalid(errors, '/reason', id)}
        />
      </Field>
      <button
        type="button"
        onClick={() => {
          setTried(true);
          if (reason.trim()) void act(`${funder}/decline`, { reason: reason.trim() });
        }}
      >
        {t('Afvis ændringen', 'Decline the amendment')}
      </button>
      {failure !== null && <ErrorMessage error={failure} />}
    </div>
  );
}

/** The awarding foundation's officer (or an admin) withdraws its pending amendment, saying why if it likes. */
export function WithdrawAmendment(props: Props) {
  const { t } = useI18n();
  const { act, failure } = useAmendmentAction(props);
  const [reason, setReason] = useState('');
  const id = `amendment-withdraw-${props.amendment.id}`;
  return (
    <div className="inline-form">
      <label htmlFor={id}>{t('Begrundelse (valgfri)', 'Reason (optional)')}</label>
      <input id={id} value={reason} onChange={(e) => setReason(e.target.value)} />
      <button type="button" onClick={() => void act('withdraw', { reason: reason.trim() })}>
        {t('Træk ændringen tilbage', 'Withdraw the amendment')}
      </button>
      {failure !== null && <ErrorMessage error={failure} />}
    </div>
  );
}
