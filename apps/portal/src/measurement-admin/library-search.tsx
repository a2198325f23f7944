import { INDICATOR_STATUSES } from '@samvirke/contracts';
import { useState } from 'react';
import { useI18n } from '../i18n/i18n.js';
import { termOptions } from './admin-terms.js';
import { SelectField, submitWith, TextField } from './inputs.js';

export interface LibrarySearch {
  readonly q: string;
  readonly status: string;
}

/** The listIndicators path of a search (up to 200 indicators, the library's whole first page). */
export function librarySearchPath({ q, status }: LibrarySearch): string {
  const query = new URLSearchParams({ limit: '200' });
  if (q.trim()) query.set('q', q.trim());
  if (status) query.set('status', status);
  return `/measurement/indicators?${query.toString()}`;
}

/** Search by words in the code or names, and by status. */
export function LibrarySearchForm({ onSearch }: { onSearch: (search: LibrarySearch) => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [q, setQ] = useState('');
  const [status, setStatus] = useState('');
  const statuses = [{ value: '', label: t('Alle', 'All') }, ...termOptions(i18n, INDICATOR_STATUSES)];
  return (
    <form role="search" className="toolbar" onSubmit={submitWith(() => onSearch({ q, status }))}>
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
        options={statuses}
      />
      <button type="submit">{t('Søg', 'Search')}</button>
    </form>
  );
}
