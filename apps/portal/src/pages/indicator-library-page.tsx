import type { IndicatorDto, Page as PageOf } from '@samvirke/contracts';
import { useState } from 'react';
import { Page } from '../components/page.js';
import { Await } from '../components/status.js';
import { useI18n } from '../i18n/i18n.js';
import { IndicatorForm } from '../measurement-admin/indicator-form.js';
import { LibraryContents } from '../measurement-admin/library-contents.js';
import {
  librarySearchPath,
  LibrarySearchForm,
  type LibrarySearch,
} from '../measurement-admin/library-search.js';
import { mayRunMeasurement } from '../measurement-admin/measurement-roles.js';
import { useLoad, usePortal } from '../portal-context.js';

/** The shared indicator library: search it; backbone coordinators and admins define, version and retire. */
export function IndicatorLibraryPage() {
  const { t } = useI18n();
  const [search, setSearch] = useState<LibrarySearch>({ q: '', status: '' });
  const path = librarySearchPath(search);
  const loaded = useLoad((api) => api.get<PageOf<IndicatorDto>>(path), path);
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
      <LibrarySearchForm onSearch={setSearch} />
      <Await loaded={loaded}>
        {(page, reload) => (
          <Library page={page} reload={reload} searching={Boolean(search.q || search.status)} />
        )}
      </Await>
    </Page>
  );
}

/** Which form shows (a new indicator, or the next version of one) and what the page says once done. */
function useLibraryForms(reload: () => void) {
  const { t } = useI18n();
  const [form, setForm] = useState<{ current?: IndicatorDto } | null>(null);
  const [notice, setNotice] = useState('');
  const done = (message: string): void => {
    setForm(null);
    setNotice(message);
    reload();
  };
  const manage = {
    onDefine: () => setForm({}),
    onVersion: (current: IndicatorDto) => setForm({ current }),
    onRetired: (retired: IndicatorDto) =>
      done(t(`${retired.code} er udfaset.`, `${retired.code} is retired.`)),
  };
  const saved = (indicator: IndicatorDto): void =>
    done(t(`Indikatoren ${indicator.code} er gemt.`, `The indicator ${indicator.code} is saved.`));
  return { form, close: () => setForm(null), notice, manage, saved };
}

function Library({
  page,
  reload,
  searching,
}: {
  page: PageOf<IndicatorDto>;
  reload: () => void;
  searching: boolean;
}) {
  const { t } = useI18n();
  const { principal } = usePortal();
  const { form, close, notice, manage, saved } = useLibraryForms(reload);
  const may = mayRunMeasurement(principal);
  return (
    <>
      <p role="status" className="notice">
        {notice}
      </p>
      {form && <IndicatorForm current={form.current} onCancel={close} onSaved={saved} />}
      {may && !form && (
        <div className="actions">
          <button type="button" className="primary" onClick={manage.onDefine}>
            {t('Definér en indikator', 'Define an indicator')}
          </button>
        </div>
      )}
      <LibraryContents page={page} searching={searching} {...(may ? { manage } : {})} />
    </>
  );
}
