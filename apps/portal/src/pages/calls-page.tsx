import type { GrantCallDto } from '@samvirke/contracts';
import type { ApiClient } from '../api/client.js';
import type { Principal } from '../auth/session.js';
import { Page } from '../components/page.js';
import { ProgrammeNav } from '../components/programme-nav.js';
import { Await, StatusBadge } from '../components/status.js';
import { TableWrap } from '../components/table-wrap.js';
import { DownloadButtons } from '../exports/download-buttons.js';
import { callsTable } from '../exports/grants-rows.js';
import { grantStatusName } from '../grants/grants-terms.js';
import { formatKroner } from '../grants/money.js';
import { loadProgrammeFunders, type ProgrammeFunders } from '../grants/programme-funders.js';
import { useI18n } from '../i18n/i18n.js';
import { usePortal, useLoad } from '../portal-context.js';
import { programmeHeading } from '../programmes.js';
import { Link } from '../router.js';

async function loadCalls(api: ApiClient, principal: Principal, programmeId: string) {
  const [funders, calls] = await Promise.all([
    loadProgrammeFunders(api, principal, programmeId),
    api.get<GrantCallDto[]>(`/grants/programmes/${programmeId}/calls`),
  ]);
  return { ...funders, calls };
}

type Loaded = ProgrammeFunders & { calls: GrantCallDto[] };

/** The programme's grant calls with their state; its funders' officers open new ones from here. */
export function CallsPage({ programmeId }: { programmeId: string }) {
  const { t } = useI18n();
  const { principal } = usePortal();
  const loaded = useLoad((api) => loadCalls(api, principal, programmeId), `calls:${programmeId}`);
  const heading = programmeHeading(
    t,
    t('Ansøgningsrunder', 'Grant calls'),
    loaded.state === 'ready' ? loaded.data.programme : undefined,
  );
  return (
    <Page title={heading.title} crumbs={heading.crumbs}>
      <Await loaded={loaded}>{(data) => <CallsView {...data} />}</Await>
    </Page>
  );
}

function CallsView({ programme, members, choices, calls }: Loaded) {
  const { t } = useI18n();
  const names = new Map(members.map((member) => [member.organisationId, member.organisationName]));
  const funderName = (id: string): string => names.get(id) ?? id;
  const newCall = `/programmes/${programme.id}/calls/new`;
  return (
    <>
      <ProgrammeNav programmeId={programme.id} name={programme.name} />
      {choices.length > 0 && calls.length > 0 && (
        <p className="actions">
          <Link href={newCall}>{t('Opret en ansøgningsrunde', 'Create a call')}</Link>
        </p>
      )}
      {calls.length === 0 ? (
        <p>
          {t('Programmet har ingen ansøgningsrunder endnu.', 'The programme has no grant calls yet.')}{' '}
          {choices.length > 0 ? (
            <Link href={newCall}>{t('Opret den første ansøgningsrunde', 'Create the first call')}</Link>
          ) : (
            t('Programmets bevillingsgivere opretter dem her.', "The programme's funders create them here.")
          )}
        </p>
      ) : (
        <>
          <CallsTable calls={calls} funderName={funderName} />
          <CallsDownloads programmeName={programme.name} calls={calls} funderName={funderName} />
        </>
      )}
    </>
  );
}

type Columns = Record<'funder' | 'status' | 'budget' | 'awarded' | 'period', string>;

function callColumns(t: (da: string, en: string) => string): Columns {
  return {
    funder: t('Bevillingsgiver', 'Funder'),
    status: t('Status', 'Status'),
    budget: t('Ramme', 'Budget'),
    awarded: t('Bevilget', 'Awarded'),
    period: t('Åbner – lukker', 'Opens – closes'),
  };
}

function CallsTable({ calls, funderName }: { calls: GrantCallDto[]; funderName: (id: string) => string }) {
  const { t } = useI18n();
  const columns = callColumns(t);
  return (
    <TableWrap label={t('Programmets ansøgningsrunder', "The programme's grant calls")}>
      <table className="stack">
        <caption>{t('Programmets ansøgningsrunder', "The programme's grant calls")}</caption>
        <thead>
          <tr>
            <th scope="col">{t('Ansøgningsrunde', 'Grant call')}</th>
            <th scope="col">{columns.funder}</th>
            <th scope="col">{columns.status}</th>
            <th scope="col" className="num">
              {columns.budget}
            </th>
            <th scope="col" className="num">
              {columns.awarded}
            </th>
            <th scope="col">{columns.period}</th>
          </tr>
        </thead>
        <tbody>
          {calls.map((call) => (
            <CallRow
              key={call.id}
              call={call}
              funder={funderName(call.funderOrganisationId)}
              columns={columns}
            />
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}

function CallsDownloads({
  programmeName,
  calls,
  funderName,
}: {
  programmeName: string;
  calls: GrantCallDto[];
  funderName: (id: string) => string;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <DownloadButtons
      caption={t('programmets ansøgningsrunder', "the programme's grant calls")}
      {...callsTable(calls, funderName, i18n)}
      fileName={t(`${programmeName}-ansøgningsrunder`, `${programmeName}-grant-calls`)}
    />
  );
}

function CallRow({ call, funder, columns }: { call: GrantCallDto; funder: string; columns: Columns }) {
  const i18n = useI18n();
  return (
    <tr>
      <th scope="row">
        <Link href={`/grants/calls/${call.id}`}>{call.title}</Link>
      </th>
      <td data-label={columns.funder}>{funder}</td>
      <td data-label={columns.status}>
        <StatusBadge status={call.status} label={grantStatusName(i18n, call.status)} />
      </td>
      <td className="num" data-label={columns.budget}>
        {formatKroner(call.budgetOre, i18n.language)}
      </td>
      <td className="num" data-label={columns.awarded}>
        {formatKroner(call.awardedOre, i18n.language)}
      </td>
      <td data-label={columns.period}>
        {i18n.formatDateTime(call.opensAt)} – {i18n.formatDateTime(call.closesAt)}
      </td>
    </tr>
  );
}
