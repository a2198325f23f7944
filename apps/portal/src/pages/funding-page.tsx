import type { FundingOverviewDto } from '@samvirke/contracts';
import type { ApiClient } from '../api/client.js';
import type { Principal } from '../auth/session.js';
import { Page } from '../components/page.js';
import { ProgrammeNav } from '../components/programme-nav.js';
import { Await } from '../components/status.js';
import { DownloadButtons } from '../exports/download-buttons.js';
import { fundingTable } from '../exports/funding-export.js';
import { CommitmentForm } from '../grants/commitment-form.js';
import type { FunderChoice } from '../grants/funder-choices.js';
import { loadProgrammeFunders } from '../grants/programme-funders.js';
import { formatKroner } from '../grants/money.js';
import { useI18n } from '../i18n/i18n.js';
import { usePortal, useLoad } from '../portal-context.js';
import { programmeHeading } from '../programmes.js';
import { Link } from '../router.js';
import { TableWrap } from '../components/table-wrap.js';

async function loadFunding(api: ApiClient, principal: Principal, programmeId: string) {
  const [{ programme, choices }, funding] = await Promise.all([
    loadProgrammeFunders(api, principal, programmeId),
    api.get<FundingOverviewDto>(`/grants/programmes/${programmeId}/funding`),
  ]);
  return { programme, choices, funding };
}

/**
 * The programme's money per funder: committed, awarded, paid and what is left to award, with each
 * funder's commitments. For the programme's funders' officers, its backbone and platform admins; a
 * funder's officer commits more funding here.
 */
export function FundingPage({ programmeId }: { programmeId: string }) {
  const { t } = useI18n();
  const { principal } = usePortal();
  const loaded = useLoad((api) => loadFunding(api, principal, programmeId), `funding:${programmeId}`);
  const heading = programmeHeading(
    t,
    t('Finansiering', 'Funding'),
    loaded.state === 'ready' ? loaded.data.programme : undefined,
  );
  return (
    <Page title={heading.title} crumbs={heading.crumbs}>
      <Await loaded={loaded}>{(data, reload) => <FundingView {...data} reload={reload} />}</Await>
    </Page>
  );
}

interface ViewProps {
  readonly programme: { id: string; name: string };
  readonly choices: FunderChoice[];
  readonly funding: FundingOverviewDto;
  readonly reload: () => void;
}

function FundingView({ programme, choices, funding, reload }: ViewProps) {
  return (
    <>
      <ProgrammeNav programmeId={programme.id} name={programme.name} />
      {funding.funders.length === 0 ? (
        <NoFunding canCommit={choices.length > 0} />
      ) : (
        <>
          <FundersTable funding={funding} />
          <Commitments funding={funding} />
        </>
      )}
      {choices.length > 0 && (
        <>
          <CommitmentForm programmeId={programme.id} choices={choices} onCommitted={reload} />
          <NextStep programmeId={programme.id} />
        </>
      )}
    </>
  );
}

/** Nothing committed yet: what a funder's officer does about it, and who does it for everybody else. */
function NoFunding({ canCommit }: { canCommit: boolean }) {
  const { t } = useI18n();
  return (
    <p>
      {t(
        'Ingen fond har givet tilsagn om midler til programmet endnu.',
        'No foundation has committed funding to the programme yet.',
      )}{' '}
      {canCommit ? (
        <a href="#commit-amount">{t('Giv det første tilsagn', 'Commit the first funding')}</a>
      ) : (
        t(
          'Programmets bevillingsgivere giver tilsagn her.',
          "The programme's funders commit their funding here.",
        )
      )}
    </p>
  );
}

/** Where money committed goes next: grant calls that organisations apply to. */
function NextStep({ programmeId }: { programmeId: string }) {
  const { t } = useI18n();
  return (
    <p>
      {t('Midlerne uddeles gennem ansøgningsrunder: ', 'The money is granted through calls: ')}
      <Link href={`/programmes/${programmeId}/calls/new`}>
        {t('Opret en ansøgningsrunde', 'Create a call')}
      </Link>
    </p>
  );
}

function FundersTable({ funding }: { funding: FundingOverviewDto }) {
  const i18n = useI18n();
  const { t } = i18n;
  const columns = [
    t('Tilsagn', 'Committed'),
    t('Bevilget', 'Awarded'),
    t('Udbetalt', 'Paid'),
    t('Kan bevilges', 'Left to award'),
  ];
  return (
    <TableWrap label={t('Midler pr. bevillingsgiver', 'Money per funder')}>
      <table className="stack">
        <caption>{t('Midler pr. bevillingsgiver', 'Money per funder')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('Bevillingsgiver', 'Funder')}</th>
            {columns.map((column) => (
              <th scope="col" className="num" key={column}>
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {funding.funders.map((funder) => (
            <FiguresRow
              key={funder.funderOrganisationId}
              name={funder.funderName ?? funder.funderOrganisationId}
              figures={funder}
              columns={columns}
            />
          ))}
          <FiguresRow name={t('I alt', 'Total')} figures={funding.total} columns={columns} total />
        </tbody>
      </table>
      <FundingDownloads funding={funding} />
    </TableWrap>
  );
}

function FundingDownloads({ funding }: { funding: FundingOverviewDto }) {
  const { t } = useI18n();
  return (
    <DownloadButtons
      caption={t('midler pr. bevillingsgiver', 'money per funder')}
      {...fundingTable(funding, t)}
      fileName={t(`finansiering-${funding.programmeId}`, `funding-${funding.programmeId}`)}
    />
  );
}

/** One funder's figures (or the totals), each under its column's name. */
function FiguresRow({
  name,
  figures,
  columns,
  total = false,
}: {
  name: string;
  figures: FundingOverviewDto['total'];
  columns: readonly string[];
  total?: boolean;
}) {
  const { language } = useI18n();
  const amounts = [figures.committedOre, figures.awardedOre, figures.paidOre, figures.remainingOre];
  return (
    <tr className={total ? 'total' : undefined}>
      <th scope="row">{name}</th>
      {amounts.map((ore, index) => (
        <td className="num" data-label={columns[index]} key={columns[index]}>
          {formatKroner(ore, language)}
        </td>
      ))}
    </tr>
  );
}

/** Each funder's commitments: amount and the period it covers. */
function Commitments({ funding }: { funding: FundingOverviewDto }) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <section aria-labelledby="commitments">
      <h2 id="commitments">{t('Tilsagn', 'Commitments')}</h2>
      <ul>
        {funding.funders.flatMap((funder) =>
          funder.commitments.map((commitment) => (
            <li key={commitment.id}>
              {funder.funderName ?? funder.funderOrganisationId}:{' '}
              {formatKroner(commitment.amountOre, i18n.language)} ({i18n.formatDate(commitment.periodStart)} –{' '}
              {i18n.formatDate(commitment.periodEnd)})
            </li>
          )),
        )}
      </ul>
    </section>
  );
}
