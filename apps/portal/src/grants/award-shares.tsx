import type { AwardDto } from '@samvirke/contracts';
import { useState } from 'react';
import { Field, invalid, type Errors } from '../components/fields.js';
import { StatusBadge } from '../components/status.js';
import { useI18n } from '../i18n/i18n.js';
import { usePortal } from '../portal-context.js';
import { grantStatusName } from './grants-terms.js';
import { formatKroner } from './money.js';

const REASON = '/reason';

interface Props {
  readonly award: AwardDto;
  readonly name: (id: string) => string;
  readonly onChanged: () => void;
  readonly onFailure: (error: unknown) => void;
}

/** A share's answer from its funder's officer; one reason field's text serves every share. */
function useShareAnswers({ award, onChanged, onFailure }: Props) {
  const { api, principal } = usePortal();
  const [reason, setReason] = useState('');
  const officerOf = (funder: string): boolean =>
    principal.roles.includes('foundation-officer') && principal.organisations.includes(funder);
  async function answer(funder: string, verb: 'confirm' | 'decline'): Promise<void> {
    onFailure(null);
    try {
      await api.send(
        'POST',
        `/grants/awards/${award.id}/shares/${funder}/${verb}`,
        verb === 'decline' ? { reason: reason.trim() } : undefined,
      );
      onChanged();
    } catch (error) {
      onFailure(error);
    }
  }
  return { reason, setReason, officerOf, answer };
}

/**
 * Each funder's share of an award and whether it is confirmed. A share of a co-funder's money waits
 * for that foundation's officer, who confirms or declines it here (with a reason); nobody else can.
 */
export function AwardShares(props: Props) {
  const { award, name } = props;
  const i18n = useI18n();
  const { reason, setReason, officerOf, answer } = useShareAnswers(props);
  return (
    <>
      {award.status === 'pending' && <PendingNotice />}
      <ul>
        {award.shares.map((share) => (
          <li key={share.funderOrganisationId}>
            {name(share.funderOrganisationId)}: {formatKroner(share.amountOre, i18n.language)}{' '}
            <StatusBadge status={share.status} label={grantStatusName(i18n, share.status)} />
            {share.declineReason && ` · ${share.declineReason}`}
            {award.status === 'pending' &&
              share.status === 'pending' &&
              officerOf(share.funderOrganisationId) && (
                <ShareAnswerForm
                  funder={share.funderOrganisationId}
                  reason={reason}
                  onReason={setReason}
                  onAnswer={(verb) => void answer(share.funderOrganisationId, verb)}
                />
              )}
          </li>
        ))}
      </ul>
    </>
  );
}

function PendingNotice() {
  const { t } = useI18n();
  return (
    <p className="notice">
      {t(
        'Bevillingen afventer, at medfinansiererne bekræfter deres andele. Intet kan udbetales før da.',
        'The award waits for its co-funders to confirm their shares. Nothing can be paid before then.',
      )}
    </p>
  );
}

/** A co-funder's officer confirms its share, or declines it with a reason. */
function ShareAnswerForm({ funder, reason, onReason, onAnswer }: AnswerProps) {
  const { t } = useI18n();
  return (
    <form
      className="inline-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onAnswer('confirm');
      }}
    >
      <button type="submit">{t('Bekræft andelen', 'Confirm the share')}</button>
      <DeclineShare funder={funder} reason={reason} onReason={onReason} onAnswer={onAnswer} />
    </form>
  );
}

interface AnswerProps {
  readonly funder: string;
  readonly reason: string;
  readonly onReason: (reason: string) => void;
  readonly onAnswer: (verb: 'confirm' | 'decline') => void;
}

/** The reason for declining and the button that declines; a decline without a reason is told next to the field. */
function DeclineShare({ funder, reason, onReason, onAnswer }: AnswerProps) {
  const { t } = useI18n();
  const [declining, setDeclining] = useState(false);
  const id = `decline-${funder}`;
  const errors: Errors =
    declining && !reason.trim()
      ? { [REASON]: t('Skriv hvorfor andelen afslås.', 'Say why the share is declined.') }
      : {};
  return (
    <>
      <Field
        id={id}
        label={t('Begrundelse for afslag', 'Reason for declining')}
        errors={errors}
        pointer={REASON}
      >
        <input
          id={id}
          value={reason}
          onChange={(e) => onReason(e.target.value)}
          {...invalid(errors, REASON, id)}
        />
      </Field>
      <button
        type="button"
        onClick={() => {
          setDeclining(true);
          if (reason.trim()) onAnswer('decline');
        }}
      >
        {t('Afslå andelen', 'Decline the share')}
      </button>
    </>
  );
}
