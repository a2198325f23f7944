import type { AwardDto, GrantCallDto, ProgrammeDto } from '@samvirke/contracts';
import type { ApiClient } from '../api/client.js';
import { Page } from '../components/page.js';
import { Await, StatusBadge } from '../components/status.js';
import { grantStatusName } from '../grants/grants-terms.js';
import { myProgrammes, orEmpty, organisationNames } from '../grants/grants-load.js';
import { formatKroner } from '../grants/money.js';
import { useI18n } from '../i18n/i18n.js';
import { useLoad } from '../portal-context.js';
import { Link } from '../router.js';

interface ProgrammeGrants {
  readonly programme: ProgrammeDto;
  readonly calls: GrantCallDto[];
  readonly awards: AwardDto[];
  readonly names: ReadonlyMap<string, string>;
}

async function loadGrants(api: ApiClient): Promise<ProgrammeGrants[]> {
  const programmes = await myProgrammes(api);
  const [calls, awards, names] = await Promise.all([
    Promise.all(programmes.map((p) => orEmpty(api.get<GrantCallDto[]>(`/grants/programmes/${p.id}/calls`)))),
    Promise.all(programmes.map((p) => orEmpty(api.get<AwardDto[]>(`/grants/programmes/${p.id}/awards`)))),
    organisationNames(
      api,
      programmes.map((p) => p.id),
    ),
  ]);
  return programmes.map((programme, index) => ({
    programme,
    calls: calls[index] ?? [],
    awards: awards[index] ?? [],
    names,
  }));
}

/** Every programme's grant calls and the awards the caller may see. */
export function GrantsPage() {
  const { t } = useI18n();
  const loaded = useLoad(loadGrants, 'grants');
  return (
    <Page title={t('Tilskud', 'Grants')}>
      <Await loaded={loaded}>{(rows) => <GrantsOverview rows={rows} />}</Await>
    </Page>
  );
}

/** The programmes that have calls or awards, each in its own section. */
function GrantsOverview({ rows }: { rows: ProgrammeGrants[] }) {
  const { t } = useI18n();
  const shown = rows.filter((row) => row.calls.length > 0 || row.awards.length > 0);
  if (shown.length === 0)
    return <p>{t('Ingen ansøgningsrunder eller bevillinger endnu.', 'No grant calls or awards yet.')}</p>;
  return (
    <>
      {shown.map(({ programme, calls, awards, names }) => (
        <section key={programme.id} aria-labelledby={`grants-${programme.id}`} className="panel">
          <h2 id={`grants-${programme.id}`}>{programme.name}</h2>
          <h3>{t('Ansøgningsrunder', 'Grant calls')}</h3>
          <CallCards calls={calls} />
          <h3>{t('Bevillinger', 'Awards')}</h3>
          <AwardsTable programme={programme} awards={awards} names={names} />
        </section>
      ))}
    </>
  );
}

function CallCards({ calls }: { calls: GrantCallDto[] }) {
  const i18n = useI18n();
  const { t } = i18n;
  if (calls.length === 0) return <p className="muted">{t('Ingen.', 'None.')}</p>;
  return (
    <ul className="cards">
      {calls.map((call) => (
        <li key={call.id} className="card">
          <h4>
            <Link href={`/grants/calls/${call.id}`}>{call.title}</Link>
          </h4>
          <p>
            <StatusBadge status={call.status} label={grantStatusName(i18n, call.status)} />{' '}
            {t('Ramme', 'Budget')} {formatKroner(call.budgetOre, i18n.language)}
          </p>
          <p className="muted">
            {i18n.formatDateTime(call.opensAt)} – {i18n.formatDateTime(call.closesAt)}
          </p>
        </li>
      ))}
    </ul>
  );
}

function AwardsTable({ programme, awards, names }: Omit<ProgrammeGrants, 'calls'>) {
  const { t } = useI18n();
  if (awards.length === 0) return <p className="muted">{t('Ingen.', 'None.')}</p>;
  return (
    <div className="table-wrap">
      <table className="stack">
        <caption className="visually-hidden">
          {t(`Bevillinger i ${programme.name}`, `Awards in ${programme.name}`)}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('Bevilling', 'Award')}</th>
            <th scope="col">{t('Modtager', 'Grantee')}</th>
            <th scope="col" className="num">
              {t('Beløb', 'Amount')}
            </th>
            <th scope="col">{t('Rater', 'Tranches')}</th>
          </tr>
        </thead>
        <tbody>
          {awards.map((award) => (
            <AwardRow key={award.id} award={award} names={names} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function AwardRow({ award, names }: { award: AwardDto; names: ReadonlyMap<string, string> }) {
  const i18n = useI18n();
  return (
    <tr>
      <th scope="row">
        <Link href={`/grants/awards/${award.id}`}>{award.title}</Link>
      </th>
      <td data-label={i18n.t('Modtager', 'Grantee')}>
        {names.get(award.granteeOrganisationId) ?? award.granteeOrganisationId}
      </td>
      <td className="num" data-label={i18n.t('Beløb', 'Amount')}>
        {formatKroner(award.amountOre, i18n.language)}
      </td>
      <td data-label={i18n.t('Rater', 'Tranches')}>
        {award.tranches
          .map((tranche) => `${tranche.position}: ${grantStatusName(i18n, tranche.status)}`)
          .join(', ')}
      </td>
    </tr>
  );
}
