import type { AwardDto, GrantCallDto, OpenCallDto, ProgrammeDto } from '@samvirke/contracts';
import type { ApiClient } from '../api/client.js';
import { Page } from '../components/page.js';
import { Tabs } from '../components/tabs.js';
import { Await } from '../components/status.js';
import { DownloadButtons } from '../exports/download-buttons.js';
import { awardsTable, tranchesText } from '../exports/grants-rows.js';
import { CallCards } from '../grants/call-cards.js';
import {
  grantsLinks,
  loadOpenCalls,
  myProgrammes,
  orEmpty,
  organisationNames,
} from '../grants/grants-load.js';
import { formatKroner } from '../grants/money.js';
import { useI18n } from '../i18n/i18n.js';
import { useLoad, usePortal } from '../portal-context.js';
import { Link } from '../router.js';
import { TableWrap } from '../components/table-wrap.js';

interface ProgrammeGrants {
  readonly programme: ProgrammeDto;
  readonly calls: GrantCallDto[];
  readonly awards: AwardDto[];
  readonly names: ReadonlyMap<string, string>;
}

/**
 * The user's programmes with their calls and awards, and the open calls the user's organisation may
 * apply to in other programmes (its own programmes' calls are listed with them).
 */
async function loadGrants(api: ApiClient): Promise<{ open: OpenCallDto[]; rows: ProgrammeGrants[] }> {
  const [programmes, open] = await Promise.all([myProgrammes(api), loadOpenCalls(api)]);
  const mine = new Set(programmes.map((programme) => programme.id));
  return {
    open: open.filter((call) => !mine.has(call.programmeId)),
    rows: await loadProgrammeGrants(api, programmes),
  };
}

async function loadProgrammeGrants(api: ApiClient, programmes: ProgrammeDto[]): Promise<ProgrammeGrants[]> {
  const [calls, awards] = await Promise.all([
    Promise.all(programmes.map((p) => orEmpty(api.get<GrantCallDto[]>(`/grants/programmes/${p.id}/calls`)))),
    Promise.all(programmes.map((p) => orEmpty(api.get<AwardDto[]>(`/grants/programmes/${p.id}/awards`)))),
  ]);
  const names = await organisationNames(
    api,
    programmes.map((p) => p.id),
    awards.flat().map((award) => award.granteeOrganisationId),
  );
  return programmes.map((programme, index) => ({
    programme,
    calls: calls[index] ?? [],
    awards: awards[index] ?? [],
    names,
  }));
}

/** The open calls the user's organisation may apply to, and every programme's calls and the awards the user may see. */
export function GrantsPage() {
  const { t } = useI18n();
  const { principal } = usePortal();
  const loaded = useLoad(loadGrants, 'grants');
  return (
    <Page title={t('Tilskud', 'Grants')}>
      <Tabs label={t('Tilskud', 'Grants')} links={grantsLinks(t, principal)} />
      <Await loaded={loaded}>
        {({ open, rows }) => (
          <>
            <OpenCalls calls={open} />
            <GrantsOverview rows={rows} nothingElse={open.length === 0} />
          </>
        )}
      </Await>
    </Page>
  );
}

/** Calls open to the user's organisation, also in programmes it is not (yet) a member of. */
function OpenCalls({ calls }: { calls: OpenCallDto[] }) {
  const { t } = useI18n();
  if (calls.length === 0) return null;
  return (
    <section aria-labelledby="open-calls">
      <h2 id="open-calls">{t('Åbne ansøgningsrunder, du kan søge', 'Open calls you can apply to')}</h2>
      <CallCards calls={calls} headingLevel={3} />
    </section>
  );
}

/** The programmes that have calls or awards, each in its own section. */
function GrantsOverview({ rows, nothingElse }: { rows: ProgrammeGrants[]; nothingElse: boolean }) {
  const { t } = useI18n();
  const shown = rows.filter((row) => row.calls.length > 0 || row.awards.length > 0);
  if (shown.length === 0)
    return nothingElse ? (
      <p>{t('Ingen ansøgningsrunder eller bevillinger endnu.', 'No grant calls or awards yet.')}</p>
    ) : null;
  return (
    <>
      {shown.map(({ programme, calls, awards, names }) => (
        <section key={programme.id} aria-labelledby={`grants-${programme.id}`} className="panel">
          <h2 id={`grants-${programme.id}`}>{programme.name}</h2>
          <h3>{t('Ansøgningsrunder', 'Grant calls')}</h3>
          <CallCards calls={calls} headingLevel={4} />
          <h3>{t('Bevillinger', 'Awards')}</h3>
          <AwardsTable programme={programme} awards={awards} names={names} />
        </section>
      ))}
    </>
  );
}

function AwardsTable({ programme, awards, names }: Omit<ProgrammeGrants, 'calls'>) {
  const i18n = useI18n();
  const { t } = i18n;
  if (awards.length === 0) return <p className="muted">{t('Ingen.', 'None.')}</p>;
  return (
    <>
      <TableWrap label={t(`Bevillinger i ${programme.name}`, `Awards in ${programme.name}`)}>
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
      </TableWrap>
      <DownloadButtons
        caption={t(`bevillinger i ${programme.name}`, `awards in ${programme.name}`)}
        {...awardsTable(awards, names, i18n)}
        fileName={t(`${programme.name}-bevillinger`, `${programme.name}-awards`)}
      />
    </>
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
      <td data-label={i18n.t('Rater', 'Tranches')}>{tranchesText(award, i18n)}</td>
    </tr>
  );
}
