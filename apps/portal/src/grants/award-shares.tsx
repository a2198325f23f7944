import type { AwardDto } from '@samvirke/contracts';
import { useState } from 'react';
import { StatusBadge } from '../components/status.js';
import { useI18n } from '../i18n/i18n.js';
import { usePortal } from '../portal-context.js';
import { grantStatusName } from './grants-terms.js';
import { formatKroner } from './money.js';

/**
 * Each funder's share of an award and whether it is confirmed. A share of a co-funder's money waits
 * for that foundation's officer, who confirms or declines it here (with a reason); nobody else can.
 */
export function AwardShares({
  award,
  name,
  onChanged,
  onFailure,
}: {
  award: AwardDto;
  name: (id: string) => string;
  onChanged: () => void;
  onFailure: (error: unknown) => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
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
  return (
    <>
      {award.status === 'pending' && (
        <p className="notice">
          {t(
            'Bevillingen afventer, at medfinansiererne bekræfter deres andele. Intet kan udbetales før da.',
            'The award waits for its co-funders to confirm their shares. Nothing can be paid before then.',
          )}
        </p>
      )}
      <ul>
        {award.shares.map((share) => (
          <li key={share.funderOrganisationId}>
            {name(share.funderOrganisationId)}: {formatKroner(share.amountOre, i18n.language)}{' '}
            <StatusBadge status={share.status} label={grantStatusName(i18n, share.status)} />
            {share.declineReason && ` · ${share.declineReason}`}
            {award.status === 'pending' &&
              share.status === 'pending' &&
              officerOf(share.funderOrganisationId) && (
                <form
                  className="inline-form"
                  noValidate
                  onSubmit={(event) => {
                    event.preventDefault();
                    void answer(share.funderOrganisationId, 'confirm');
                  }}
                >
                  <button type="submit">{t('Bekræft andelen', 'Confirm the share')}</button>
                  <label htmlFor={`decline-${share.funderOrganisationId}`}>
                    {t('Begrundelse for afslag', 'Reason for declining')}
                  </label>
                  <input
                    id={`decline-${share.funderOrganisationId}`}
                    value={reason}
                    onChange={(e) => setReason(e.target.value)}
                  />
                  <button
                    type="button"
                    disabled={!reason.trim()}
                    onClick={() => void answer(share.funderOrganisationId, 'decline')}
                  >
                    {t('Afslå andelen', 'Decline the share')}
                  </button>
                </form>
              )}
          </li>
        ))}
      </ul>
    </>
  );
}
