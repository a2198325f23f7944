import type { AwardDto, ProgrammeIndicatorDto } from '@samvirke/contracts';
import type { ApiClient } from '../api/client.js';
import { Page } from '../components/page.js';
import { Await, ErrorMessage, StatusBadge } from '../components/status.js';
import { AgreementSection } from '../grants/agreement-section.js';
import { AwardHistorySection } from '../grants/award-history.js';
import { AwardGrantees } from '../grants/award-grantees.js';
import { AwardShares } from '../grants/award-shares.js';
import { ReportsSection } from '../grants/reports-section.js';
import { TranchesTable, useTranchePayments, type TranchePayments } from '../grants/award-tranches.js';
import { loadProgrammeIndicators, organisationNames } from '../grants/grants-load.js';
import { AwardConditions } from '../grants/award-conditions.js';
import { grantStatusName } from '../grants/grants-terms.js';
import { formatKroner } from '../grants/money.js';
import { useI18n } from '../i18n/i18n.js';
import { useLoad } from '../portal-context.js';

async function loadAward(client: ApiClient, awardId: string) {
  const award = await client.get<AwardDto>(`/grants/awards/${awardId}`);
  const [names, indicators] = await Promise.all([
    organisationNames(
      client,
      [award.programmeId],
      [award.granteeOrganisationId, ...(award.grantees ?? []).map((grantee) => grantee.organisationId)],
    ),
    loadProgrammeIndicators(client, award.programmeId),
  ]);
  return { award, names, indicators };
}

export function AwardPage({ awardId }: { awardId: string }) {
  const { t } = useI18n();
  // Kept by the page, so that a payment reference being typed outlasts a reload of the award.
  const payments = useTranchePayments(awardId);
  const loaded = useLoad((client) => loadAward(client, awardId), `award:${awardId}`);
  const title = loaded.state === 'ready' ? loaded.data.award.title : t('Bevilling', 'Award');
  return (
    <Page title={title} crumbs={[{ href: '/grants', label: t('Tilskud', 'Grants') }]}>
      <Await loaded={loaded}>
        {({ award, names, indicators }, reload) => (
          <AwardView
            award={award}
            indicators={indicators}
            name={(id) => names.get(id) ?? id}
            payments={payments}
            reload={reload}
          />
        )}
      </Await>
    </Page>
  );
}

interface ViewProps {
  readonly award: AwardDto;
  /** The programme's indicators, as far as the user may see them (none otherwise). */
  readonly indicators: ProgrammeIndicatorDto[];
  readonly name: (id: string) => string;
  readonly payments: TranchePayments;
  readonly reload: () => void;
}

function AwardView({ award, indicators, name, payments, reload }: ViewProps) {
  const { t } = useI18n();
  return (
    <>
      <AwardFigures award={award} name={name} />
      {award.grantees && <h2>{t('Partnere', 'Partners')}</h2>}
      <AwardGrantees award={award} name={name} />
      <h2>{t('Finansiering', 'Funding')}</h2>
      <AwardShares award={award} name={name} onChanged={reload} onFailure={payments.setFailure} />
      <h2>{t('Betingelser', 'Conditions')}</h2>
      <AwardConditions award={award} indicators={indicators} />
      <h2>{t('Rater', 'Tranches')}</h2>
      <TranchesTable award={award} name={name} payments={payments} reload={reload} />
      {payments.failure !== null && <ErrorMessage error={payments.failure} />}
      {award.status === 'awarded' && <AgreementSection award={award} name={name} />}
      {award.status === 'awarded' && <ReportsSection award={award} onDecided={reload} />}
      {award.status === 'awarded' && <AwardHistorySection award={award} name={name} onChanged={reload} />}
    </>
  );
}

function AwardFigures({ award, name }: Pick<ViewProps, 'award' | 'name'>) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <dl className="figures">
      <div>
        <dt>{t('Modtager', 'Grantee')}</dt>
        <dd>{name(award.granteeOrganisationId)}</dd>
      </div>
      <div>
        <dt>{t('Beløb', 'Amount')}</dt>
        <dd>{formatKroner(award.amountOre, i18n.language)}</dd>
      </div>
      <div>
        <dt>{award.status === 'awarded' ? t('Bevilget', 'Awarded') : t('Foreslået', 'Proposed')}</dt>
        <dd>{i18n.formatDate(award.awardedAt)}</dd>
      </div>
      <div>
        <dt>{t('Status', 'Status')}</dt>
        <dd>
          <StatusBadge status={award.status} label={grantStatusName(i18n, award.status)} />
        </dd>
      </div>
    </dl>
  );
}
