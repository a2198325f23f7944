import { INDICATOR_STATUSES, type IndicatorDto, type Page as PageOf } from '@samvirke/contracts';
import { useState } from 'react';
import { Page } from '../components/page.js';
import { Await } from '../components/status.js';
import { useI18n } from '../i18n/i18n.js';
import { termOptions } from '../measurement-admin/admin-terms.js';
import { IndicatorForm } from '../measurement-admin/indicator-form.js';
import { IndicatorTable } from '../measurement-admin/indicator-table.js';
import { SelectField, TextField } from '../measurement-admin/inputs.js';
import { mayRunMeasurement } from '../measurement-admin/measurement-roles.js';
import { useLoad, usePortal } from '../portal-context.js';

interface Search {
  readonly q: string;
  readonly status: string;
}

function searchPath({ q, status }: Search): string {
  const query = new URLSearchParams({ limit: '200' });
  if (q.trim()) query.set('q', q.trim());
  if (status) query.set('status', status);
  return `/measurement/indicators?${query.toString()}`;
}

/** The shared indicator library: search it; backbone coordinators and admins define, version and retire. */
export function IndicatorLibraryPage() {
  const { t } = useI18n();
  const { principal } = usePortal();
  const [search, setSearch] = useState<Search>({ q: '', status: '' });
  const [form, setForm] = useState<{ current?: IndicatorDto } | null>(null);
  const [notice, setNotice] = useState('');
  const path = searchPath(search);
  const loaded = useLoad((api) => api.get<PageOf<IndicatorDto>>(path), path);
  const manage = mayRunMeasurement(principal);
  const saved = (message: string, reload: () => void): void => {
    setForm(null);
    setNotice(message);
    reload();
  };
  return (
    <Page
      title={t('Indikatorbiblioteket', 'Indicator library')}
      crumbs={[{ href: '/', label: t('Programmer', 'Programmes') }]}
    >
      <p className="lead">
        {t(
          'Alle programmer måler med de samme definitioner. En ny version erstatter den gældende for nye programmer; en udfaset indikator bevarer sin historik.',
          'Every programme measures with the same definitions. A new version replaces the current one for programmes that add it from now on; a retired indicator keeps its history.',
        )}
      </p>
      <SearchForm onSearch={setSearch} />
      <p role="status" className="notice">
        {notice}
      </p>
      <Await loaded={loaded}>
        {(page, reload) => (
          <>
            {form && (
              <IndicatorForm
                current={form.current}
                onCancel={() => setForm(null)}
                onSaved={(indicator) =>
                  saved(
                    t(`Indikatoren ${indicator.code} er gemt.`, `The indicator ${indicator.code} is saved.`),
                    reload,
                  )
                }
              />
            )}
            {manage && !form && (
              <div className="actions">
                <button type="button" className="primary" onClick={() => setForm({})}>
                  {t('Definér en indikator', 'Define an indicator')}
                </button>
              </div>
            )}
            <LibraryContents
              page={page}
              searching={Boolean(search.q || search.status)}
              manage={manage}
              onDefine={() => setForm({})}
              actions={{
                onVersion: (current) => setForm({ current }),
                onRetired: (indicator) =>
                  saved(t(`${indicator.code} er udfaset.`, `${indicator.code} is retired.`), reload),
              }}
            />
          </>
        )}
      </Await>
    </Page>
  );
}

function LibraryContents({
  page,
  searching,
  manage,
  onDefine,
  actions,
}: {
  page: PageOf<IndicatorDto>;
  searching: boolean;
  manage: boolean;
  onDefine: () => void;
  actions: NonNullable<Parameters<typeof IndicatorTable>[0]['manage']>;
}) {
  const { t } = useI18n();
  if (page.items.length > 0) {
    return (
      <>
        <p>{t(`${page.total} indikatorer`, `${page.total} indicators`)}</p>
        <IndicatorTable indicators={page.items} {...(manage ? { manage: actions } : {})} />
      </>
    );
  }
  if (searching)
    return <p>{t('Ingen indikatorer matcher søgningen.', 'No indicator matches the search.')}</p>;
  return (
    <div className="panel">
      <p>{t('Biblioteket har ingen indikatorer endnu.', 'The library has no indicators yet.')}</p>
      {manage ? (
        <button type="button" onClick={onDefine}>
          {t('Definér den første indikator', 'Define the first indicator')}
        </button>
      ) : (
        <p>{t('En backbone-koordinator definerer dem.', 'A backbone coordinator defines them.')}</p>
      )}
    </div>
  );
}

function SearchForm({ onSearch }: { onSearch: (search: Search) => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [q, setQ] = useState('');
  const [status, setStatus] = useState('');
  return (
    <form
      role="search"
      className="toolbar"
      onSubmit={(event) => {
        event.preventDefault();
        onSearch({ q, status });
      }}
    >
      <TextField
        id="library-search"
        label={t('Søg i biblioteket', 'Search the library')}
        value={q}
        onChange={setQ}
        errors={{}}
        pointer="/q"
      />
      <SelectField
        id="library-status"
        label={t('Status', 'Status')}
        value={status}
        onChange={setStatus}
        errors={{}}
        pointer="/status"
        options={[{ value: '', label: t('Alle', 'All') }, ...termOptions(i18n, INDICATOR_STATUSES)]}
      />
      <button type="submit">{t('Søg', 'Search')}</button>
    </form>
  );
}
