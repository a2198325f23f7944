import type { FundingOverviewDto, ProgrammeDto } from '@samvirke/contracts';
import type { ApiClient } from '../api/client.js';
import { Page } from '../components/page.js';
import { ProgrammeNav } from '../components/programme-nav.js';
import { Await } from '../components/status.js';
import { DownloadButtons } from '../exports/download-buttons.js';
import { fundingTable } from '../exports/funding-export.js';
import { formatKroner } from '../grants/money.js';
import { useI18n } from '../i18n/i18n.js';
import { useLoad } from '../portal-context.js';
import { loadProgramme, programmeHeading } from '../programmes.js';

async function loadFunding(api: ApiClient, programmeId: string) {
  const [programme, funding] = await Promise.all([
    loadProgramme(api, programmeId),
    api.get<FundingOverviewDto>(`/grants/programmes/${programmeId}/funding`),
  ]);
  return { programme, funding };
}

/**
 * The programme's money per funder: committed, awarded, paid and what is left to award, with each
 * funder's commitments. For the programme's funders' officers, its backbone and platform admins.
 */
export function FundingPage({ programmeId }: { programmeId: string }) {
  const { t } = useI18n();
  const loaded = useLoad((api) => loadFunding(api, programmeId), `funding:${programmeId}`);
  const heading = programmeHeading(
    t,
    t('Finansiering', 'Funding'),
    loaded.state === 'ready' ? loaded.data.programme : undefined,
  );
  return (
    <Page title={heading.title} crumbs={heading.crumbs}>
      <Await loaded={loaded}>
        {({ programme, funding }) => <FundingView programme={programme} funding={funding} />}
      </Await>
    </Page>
  );
}

function FundingView({ programme, funding }: { programme: ProgrammeDto; funding: FundingOverviewDto }) {
  const { t } = useI18n();
  return (
    <>
      <ProgrammeNav programmeId={programme.id} name={programme.name} />
      {funding.funders.length === 0 ? (
        <p>
          {t(
            'Ingen fond har givet tilsagn om midler til programmet endnu.',
            'No foundation has committed funding to the programme yet.',
          )}
        </p>
      ) : (
        <>
          <FundersTable funding={funding} />
          <Commitments funding={funding} />
        </>
      )}
    </>
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
    <div className="table-wrap">
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
    </div>
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
