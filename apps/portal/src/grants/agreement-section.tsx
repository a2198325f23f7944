import { useState } from 'react';
import type { AgreementDto, AwardDto } from '@samvirke/contracts';
import { ErrorMessage } from '../components/status.js';
import { useI18n, type I18n } from '../i18n/i18n.js';
import { useLoad, usePortal } from '../portal-context.js';
import { GranteeSplit } from './award-grantees.js';
import { formatKroner } from './money.js';

/**
 * The grant agreement of a made award: what the grantee agrees to, its version and digest, and
 * whether it is accepted. The grantee's users accept it here, as they read it.
 */
export function AgreementSection({ award, name }: { award: AwardDto; name: (id: string) => string }) {
  const { t } = useI18n();
  const loaded = useLoad(
    (api) => api.get<AgreementDto>(`/grants/awards/${award.id}/agreement`),
    `agreement:${award.id}`,
  );
  return (
    <section aria-labelledby="agreement-heading">
      <h2 id="agreement-heading">{t('Tilskudsaftale', 'Grant agreement')}</h2>
      {loaded.state === 'loading' && <p>{t('Henter aftalen …', 'Loading the agreement …')}</p>}
      {loaded.state === 'failed' && <ErrorMessage error={loaded.error} />}
      {loaded.state === 'ready' && (
        <>
          <AgreementTerms agreement={loaded.data} award={award} name={name} />
          <Acceptance award={award} agreement={loaded.data} reload={loaded.reload} />
        </>
      )}
    </section>
  );
}

interface TermsProps {
  readonly agreement: AgreementDto;
  readonly award: AwardDto;
  readonly name: (id: string) => string;
}

function AgreementTerms({ agreement, award, name }: TermsProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const { terms } = agreement;
  return (
    <>
      <p>
        {t(
          `${terms.grantee.name} modtager ${kroner(i18n, terms.amountOre)} til "${terms.title}".`,
          `${terms.grantee.name} receives ${kroner(i18n, terms.amountOre)} for "${terms.title}".`,
        )}
      </p>
      <ul aria-label={t('Bevillingsgivere og deres andele', 'Funders and their shares')}>
        {terms.funders.map((funder) => (
          <li key={funder.organisationId}>
            {funder.name}: {kroner(i18n, funder.amountOre)}
          </li>
        ))}
      </ul>
      <PartnerTerms terms={terms} />
      <TrancheTerms terms={terms} award={award} name={name} />
      <p className="hint">
        {t('Version', 'Version')} {agreement.version} · SHA-256{' '}
        <code>{agreement.termsSha256.slice(0, 16)}…</code>
      </p>
    </>
  );
}

const kroner = (i18n: I18n, ore: number): string => formatKroner(ore, i18n.language);

/** A joint application's agreement names the lead and its partners with each one's part of the award. */
function PartnerTerms({ terms }: { terms: AgreementDto['terms'] }) {
  const i18n = useI18n();
  const { t } = i18n;
  if (!terms.partners) return null;
  return (
    <ul aria-label={t('Partnere og deres andele af bevillingen', 'Partners and their parts of the award')}>
      {terms.partners.map((partner) => (
        <li key={partner.organisationId}>
          {partner.name}: {kroner(i18n, partner.amountOre)} (
          {i18n.formatNumber(terms.amountOre > 0 ? (100 * partner.amountOre) / terms.amountOre : 0, 1)} %)
        </li>
      ))}
    </ul>
  );
}

type SplitProps = Omit<TermsProps, 'agreement'>;

function TrancheTerms({ terms, award, name }: { terms: AgreementDto['terms'] } & SplitProps) {
  const { t } = useI18n();
  return (
    <>
      <ol aria-label={t('Rater', 'Tranches')}>
        {terms.tranches.map((tranche) => (
          <TrancheTerm key={tranche.position} tranche={tranche} award={award} name={name} />
        ))}
      </ol>
      {terms.reportingDuties.length > 0 && (
        <ul aria-label={t('Indberetningspligter', 'Reporting duties')}>
          {terms.reportingDuties.map((duty) => (
            <li key={duty.key}>
              {t(
                `${duty.key}: godkendt indberetning af ${duty.indicatorCode} for ${duty.period}`,
                `${duty.key}: an approved report of ${duty.indicatorCode} for ${duty.period}`,
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** One tranche of the agreement: amount, date, what it waits for and, jointly, each grantee's part. */
function TrancheTerm({
  tranche,
  award,
  name,
}: { tranche: AgreementDto['terms']['tranches'][number] } & SplitProps) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <li>
      {t(
        `${kroner(i18n, tranche.amountOre)} tidligst ${i18n.formatDate(tranche.earliestDate)}`,
        `${kroner(i18n, tranche.amountOre)} from ${i18n.formatDate(tranche.earliestDate)}`,
      )}
      {tranche.conditions.length > 0 &&
        t(
          `, når ${tranche.conditions.join(', ')} er opfyldt`,
          `, once ${tranche.conditions.join(', ')} are met`,
        )}
      {tranche.awaitsReport === 'progress' &&
        t(', efter godkendt statusrapport', ', after an approved progress report')}
      {tranche.awaitsReport === 'final' &&
        t(', efter godkendt slutrapport', ', after an approved final report')}
      {tranche.awaitsAgreement && t(', når aftalen er accepteret', ', once this agreement is accepted')}
      <GranteeSplit
        parts={award.tranches.find((line) => line.position === tranche.position)?.grantees}
        name={name}
        label={t(
          `Aftalens rate ${tranche.position} pr. modtager`,
          `The agreement's tranche ${tranche.position} per grantee`,
        )}
      />
    </li>
  );
}

interface AcceptanceProps {
  readonly award: AwardDto;
  readonly agreement: AgreementDto;
  readonly reload: () => void;
}

function Acceptance({ award, agreement, reload }: AcceptanceProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const { principal } = usePortal();
  if (agreement.status === 'accepted') {
    const when = i18n.formatDateTime(agreement.acceptedAt ?? '');
    const who = agreement.acceptedBy ?? '';
    return <p role="status">{t(`Accepteret ${when} af ${who}.`, `Accepted ${when} by ${who}.`)}</p>;
  }
  const grantee =
    principal.organisations.includes(award.granteeOrganisationId) &&
    !principal.roles.includes('platform-admin');
  if (!grantee) {
    return (
      <p>
        {t(
          'Venter på, at modtageren accepterer aftalen.',
          'Waiting for the grantee to accept the agreement.',
        )}
      </p>
    );
  }
  return <AcceptButton award={award} agreement={agreement} reload={reload} />;
}

/** Accepts the version shown, named by its digest: a changed agreement is refused (409), not accepted unseen. */
function AcceptButton({ award, agreement, reload }: AcceptanceProps) {
  const { t } = useI18n();
  const { api } = usePortal();
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const accept = async (): Promise<void> => {
    setBusy(true);
    setFailure(null);
    try {
      const body = { version: agreement.version, termsSha256: agreement.termsSha256 };
      await api.send('POST', `/grants/awards/${award.id}/agreement/accept`, body);
      reload();
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <button type="button" disabled={busy} onClick={() => void accept()}>
        {t('Acceptér tilskudsaftalen', 'Accept the grant agreement')}
      </button>
      {failure !== null && <ErrorMessage error={failure} />}
    </>
  );
}
