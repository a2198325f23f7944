import type { OrganisationDto, Page as PageOf } from '@samvirke/contracts';
import { useState } from 'react';
import { isAdmin } from '../admin/access.js';
import { organisationTypeName } from '../admin/admin-terms.js';
import { AdminOnly } from '../admin/admin-only.js';
import { Table, type Column } from '../components/data-table.js';
import { Page } from '../components/page.js';
import { Await, StatusBadge } from '../components/status.js';
import { organisationsTable } from '../exports/partners-rows.js';
import { useI18n, type I18n } from '../i18n/i18n.js';
import { statusName } from '../i18n/terms.js';
import { useLoad, usePortal } from '../portal-context.js';
import { Link } from '../router.js';

/** The platform's organisations, searchable by name, CVR or kommunekode; for platform admins. */
export function OrganisationsPage() {
  const { t } = useI18n();
  const { principal } = usePortal();
  return (
    <Page title={t('Organisationer', 'Organisations')}>
      {isAdmin(principal) ? <OrganisationDirectory /> : <AdminOnly />}
    </Page>
  );
}

function OrganisationDirectory() {
  const { t } = useI18n();
  const [query, setQuery] = useState('');
  const loaded = useLoad(
    (api) =>
      api.get<PageOf<OrganisationDto>>(
        `/partners/organisations?limit=200${query ? `&q=${encodeURIComponent(query)}` : ''}`,
      ),
    `organisations:${query}`,
  );
  return (
    <>
      <p>
        <Link href="/organisations/new" className="button-link">
          {t('Registrer en organisation', 'Register an organisation')}
        </Link>{' '}
        <Link href="/privilege-roles">
          {t('Rettigheder fra organisationernes login', "Privileges from organisations' logins")}
        </Link>{' '}
        <Link href="/identity-providers">{t('Organisationernes login', "Organisations' logins")}</Link>{' '}
        <Link href="/refused-logins">{t('Afviste logins', 'Refused logins')}</Link>{' '}
        <Link href="/integrations">{t('Integrationer', 'Integrations')}</Link>
      </p>
      <SearchForm onSearch={setQuery} />
      <Await loaded={loaded}>
        {(page) =>
          page.items.length === 0 ? (
            <NoOrganisations query={query} />
          ) : (
            <OrganisationTable organisations={page.items} total={page.total} />
          )
        }
      </Await>
    </>
  );
}

function SearchForm({ onSearch }: { onSearch: (query: string) => void }) {
  const { t } = useI18n();
  const [typed, setTyped] = useState('');
  return (
    <form
      role="search"
      className="inline-form"
      onSubmit={(event) => {
        event.preventDefault();
        onSearch(typed.trim());
      }}
    >
      <label htmlFor="organisation-search">{t('Søg efter navn eller CVR', 'Search by name or CVR')}</label>
      <input
        id="organisation-search"
        type="search"
        value={typed}
        onChange={(e) => setTyped(e.target.value)}
      />
      <button type="submit">{t('Søg', 'Search')}</button>
    </form>
  );
}

function NoOrganisations({ query }: { query: string }) {
  const { t } = useI18n();
  return (
    <p className="notice" role="status">
      {query
        ? t(`Ingen organisationer matcher “${query}”.`, `No organisations match “${query}”.`)
        : t('Der er ingen organisationer endnu.', 'There are no organisations yet.')}{' '}
      <Link href="/organisations/new">{t('Registrer en organisation', 'Register an organisation')}</Link>
    </p>
  );
}

function OrganisationTable({ organisations, total }: { organisations: OrganisationDto[]; total: number }) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <Table
      label={t(`${total} organisationer`, `${total} organisations`)}
      showCaption
      stack
      columns={organisationColumns(i18n)}
      rows={organisations}
      rowKey={(organisation) => organisation.id}
      downloads={{
        caption: t('organisationer', 'organisations'),
        ...organisationsTable(organisations, i18n),
        fileName: t('organisationer', 'organisations'),
      }}
    />
  );
}

function organisationColumns(i18n: I18n): Column<OrganisationDto>[] {
  const { t } = i18n;
  return [
    {
      head: t('Navn', 'Name'),
      cell: (organisation) => (
        <>
          <Link href={`/organisations/${organisation.id}`}>{organisation.name}</Link>
          {organisation.archived && (
            <>
              {' '}
              <StatusBadge status="archived" label={statusName(i18n, 'archived')} />
            </>
          )}
        </>
      ),
    },
    { head: t('Type', 'Type'), cell: (organisation) => organisationTypeName(i18n, organisation.type) },
    { head: t('CVR', 'CVR'), cell: (organisation) => organisation.cvr ?? '–' },
    { head: t('Kommunekode', 'Kommunekode'), cell: (organisation) => organisation.kommunekode ?? '–' },
  ];
}
