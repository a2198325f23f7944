import type { LearningEntryDto, ProgrammeDto, ProgrammeIndicatorDto } from '@samvirke/contracts';
import { useState } from 'react';
import { TextField } from '../admin/text-field.js';
import type { ApiClient } from '../api/client.js';
import { useI18n } from '../i18n/i18n.js';
import { FormFailure } from '../measurement-admin/form-failure.js';
import { submitWith } from '../measurement-admin/inputs.js';
import { useAction } from '../measurement-admin/use-action.js';
import { useLoad, usePortal } from '../portal-context.js';
import { loadProgramme } from '../programmes.js';
import { ProgrammeSection } from '../components/programme-section.js';

interface Learning {
  readonly programme: ProgrammeDto;
  readonly tracked: ProgrammeIndicatorDto[];
  readonly entries: LearningEntryDto[];
}

async function loadLearning(api: ApiClient, programmeId: string, query: string): Promise<Learning> {
  const search = query ? `?q=${encodeURIComponent(query)}` : '';
  const [programme, tracked, entries] = await Promise.all([
    loadProgramme(api, programmeId),
    api.get<ProgrammeIndicatorDto[]>(`/measurement/programmes/${programmeId}/indicators`),
    api.get<LearningEntryDto[]>(`/measurement/programmes/${programmeId}/learning${search}`),
  ]);
  return { programme, tracked, entries };
}

/** The programme's learning log: what the partners learned, searchable, and a form to add to it. */
export function LearningPage({ programmeId }: { programmeId: string }) {
  const { t } = useI18n();
  const [query, setQuery] = useState('');
  const loaded = useLoad((api) => loadLearning(api, programmeId, query), `learning:${programmeId}:${query}`);
  return (
    <ProgrammeSection section={t('Læringslog', 'Learning log')} loaded={loaded}>
      {({ tracked, entries }, reload) => (
        <>
          <SearchForm onSearch={setQuery} />
          <Entries entries={entries} query={query} />
          <RecordForm programmeId={programmeId} tracked={tracked} onRecorded={reload} />
        </>
      )}
    </ProgrammeSection>
  );
}

function SearchForm({ onSearch }: { onSearch: (query: string) => void }) {
  const { t } = useI18n();
  const [typed, setTyped] = useState('');
  return (
    <form
      role="search"
      className="toolbar"
      onSubmit={(event) => {
        event.preventDefault();
        onSearch(typed.trim());
      }}
    >
      <div className="field inline">
        <label htmlFor="learning-search">{t('Søg i læringsloggen', 'Search the learning log')}</label>
        <input
          id="learning-search"
          type="search"
          value={typed}
          onChange={(event) => setTyped(event.target.value)}
        />
      </div>
      <button type="submit">{t('Søg', 'Search')}</button>
    </form>
  );
}

function Entries({ entries, query }: { entries: LearningEntryDto[]; query: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <section aria-labelledby="learning-entries-heading">
      <h2 id="learning-entries-heading">
        {query ? t(`Fundet for "${query}"`, `Found for "${query}"`) : t('Seneste læring', 'Latest learning')}
      </h2>
      {entries.length === 0 && <p>{t('Ingen indlæg.', 'No entries.')}</p>}
      {entries.map((entry) => (
        <article key={entry.id} className="panel" aria-labelledby={`learning-${entry.id}`}>
          <h3 id={`learning-${entry.id}`}>{entry.title}</h3>
          <p>{entry.body}</p>
          <p className="muted">
            {[entry.organisationName, entry.code, i18n.formatDate(entry.createdAt)]
              .filter(Boolean)
              .join(' · ')}
          </p>
        </article>
      ))}
    </section>
  );
}

interface RecordDraft {
  title: string;
  body: string;
  code: string;
}

const EMPTY: RecordDraft = { title: '', body: '', code: '' };

/** The recordLearning body: the indicator only when one is chosen. */
function bodyOf(draft: RecordDraft): Record<string, string> {
  return { title: draft.title, body: draft.body, ...(draft.code ? { code: draft.code } : {}) };
}

interface RecordFormProps {
  readonly programmeId: string;
  readonly tracked: ProgrammeIndicatorDto[];
  readonly onRecorded: () => void;
}

function RecordForm({ programmeId, tracked, onRecorded }: RecordFormProps) {
  const { t } = useI18n();
  const { api } = usePortal();
  const action = useAction();
  const [draft, setDraft] = useState<RecordDraft>(EMPTY);
  const path = `/measurement/programmes/${programmeId}/learning`;
  const recorded = () => (setDraft(EMPTY), onRecorded());
  const record = () => action.run(() => api.send<LearningEntryDto>('POST', path, bodyOf(draft)), recorded);
  return (
    <form
      className="panel"
      aria-labelledby="learning-record-heading"
      noValidate
      onSubmit={submitWith(record)}
    >
      <h2 id="learning-record-heading">{t('Skriv i læringsloggen', 'Add to the learning log')}</h2>
      <RecordFields
        draft={draft}
        change={(patch) => setDraft({ ...draft, ...patch })}
        tracked={tracked}
        errors={action.errors}
      />
      <FormFailure failure={action.failure} errors={action.errors} />
      <button type="submit" disabled={action.busy}>
        {t('Gem i læringsloggen', 'Save to the learning log')}
      </button>
    </form>
  );
}

function RecordFields({
  draft,
  change,
  tracked,
  errors,
}: {
  draft: RecordDraft;
  change: (patch: Partial<RecordDraft>) => void;
  tracked: ProgrammeIndicatorDto[];
  errors: Record<string, string>;
}) {
  const { t } = useI18n();
  return (
    <>
      <TextField
        id="learning-title"
        pointer="/title"
        label={t('Overskrift', 'Title')}
        value={draft.title}
        onChange={(title) => change({ title })}
        errors={errors}
      />
      <TextField
        id="learning-body"
        pointer="/body"
        rows={5}
        label={t('Hvad lærte vi?', 'What did we learn?')}
        value={draft.body}
        onChange={(body) => change({ body })}
        errors={errors}
      />
      <IndicatorSelect value={draft.code} onChange={(code) => change({ code })} tracked={tracked} />
    </>
  );
}

function IndicatorSelect({
  value,
  onChange,
  tracked,
}: {
  value: string;
  onChange: (code: string) => void;
  tracked: ProgrammeIndicatorDto[];
}) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <div className="field">
      <label htmlFor="learning-code">{t('Indikator (valgfri)', 'Indicator (optional)')}</label>
      <select id="learning-code" value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">{t('Ingen', 'None')}</option>
        {tracked.map((item) => (
          <option key={item.code} value={item.code}>
            {i18n.language === 'da' ? item.nameDa : item.nameEn}
          </option>
        ))}
      </select>
    </div>
  );
}
