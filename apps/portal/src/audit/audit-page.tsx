import type { AuditEntry, AuditPage as AuditPageDto } from '@samvirke/contracts';
import { useState } from 'react';
import { isAdmin } from '../admin/access.js';
import { Table, type Column } from '../components/data-table.js';
import { Page } from '../components/page.js';
import { Await } from '../components/status.js';
import { saveFile } from '../exports/download.js';
import { useI18n, type I18n } from '../i18n/i18n.js';
import { useLoad, usePortal } from '../portal-context.js';
import {
  actorLabel,
  auditPath,
  AUDITED_SERVICES,
  changeLines,
  type AuditFilters,
  type AuditedService,
} from './audit-rows.js';

/**
 * Revisionsspor: who changed what, service by service. Platform admins read every service's trail
 * (`/audit`); a programme's backbone coordinator reads their programme's (`/programmes/:id/audit`).
 */
export function AuditTrailPage({ programmeId }: { programmeId?: string }) {
  const { t } = useI18n();
  const { principal } = usePortal();
  const allowed = isAdmin(principal) || (programmeId && principal.roles.includes('backbone-coordinator'));
  return (
    <Page title={t('Revisionsspor', 'Audit trail')}>
      <p>
        {t(
          'Hver ændring i Samvirke registreres med hvem, hvornår, i hvilken handling og med værdierne før og efter. Sporet kan ikke ændres, og dets kæde af hashværdier kontrolleres af driften.',
          'Every change in Samvirke is recorded with who, when, in which operation and the values before and after. The trail cannot be changed, and operations verify its chain of hashes.',
        )}
      </p>
      {allowed ? (
        <AuditTrail programmeId={programmeId} />
      ) : (
        <p>
          {t(
            'Revisionssporet er for platformsadministratorer og programmets backbone.',
            "The audit trail is for platform admins and the programme's backbone.",
          )}
        </p>
      )}
    </Page>
  );
}

function AuditTrail({ programmeId }: { programmeId: string | undefined }) {
  const [service, setService] = useState<AuditedService>('partners');
  const [table, setTable] = useState('');
  const [after, setAfter] = useState<string | undefined>(undefined);
  const filters: AuditFilters = { service, programmeId, table: table || undefined, after };
  const loaded = useLoad(
    (client) => client.get<AuditPageDto>(auditPath('entries', filters)),
    auditPath('entries', filters),
  );
  return (
    <>
      <FilterForm
        filters={filters}
        onService={(value) => {
          setService(value);
          setAfter(undefined);
        }}
        onTable={(value) => {
          setTable(value);
          setAfter(undefined);
        }}
      />
      <Await loaded={loaded}>
        {(page) => (
          <>
            <EntryTable entries={page.items} />
            <Pager first={!after} next={page.next} onPage={setAfter} />
          </>
        )}
      </Await>
    </>
  );
}

function Pager({
  first,
  next,
  onPage,
}: {
  first: boolean;
  next: string | null;
  onPage: (after?: string) => void;
}) {
  const { t } = useI18n();
  return (
    <p>
      {!first && (
        <button type="button" onClick={() => onPage(undefined)}>
          {t('Til begyndelsen', 'Back to the start')}
        </button>
      )}{' '}
      {next && (
        <button type="button" onClick={() => onPage(next)}>
          {t('Næste side', 'Next page')}
        </button>
      )}
    </p>
  );
}

function FilterForm({
  filters,
  onService,
  onTable,
}: {
  filters: AuditFilters;
  onService: (service: AuditedService) => void;
  onTable: (table: string) => void;
}) {
  const { t } = useI18n();
  const { api } = usePortal();
  const download = () =>
    void api
      .download(auditPath('export', filters))
      .then((blob) => saveFile(blob, 'text/csv;charset=utf-8', `revisionsspor-${filters.service}.csv`));
  return (
    <form className="inline-form" onSubmit={(event) => event.preventDefault()}>
      <label htmlFor="audit-service">{t('Tjeneste', 'Service')}</label>
      <select
        id="audit-service"
        value={filters.service}
        onChange={(e) => onService(e.target.value as AuditedService)}
      >
        {AUDITED_SERVICES.map((name) => (
          <option key={name} value={name}>
            {name}
          </option>
        ))}
      </select>
      <label htmlFor="audit-table">{t('Tabel', 'Table')}</label>
      <input id="audit-table" value={filters.table ?? ''} onChange={(e) => onTable(e.target.value.trim())} />
      <button type="button" onClick={download}>
        {t('Hent som CSV', 'Download as CSV')}
      </button>
    </form>
  );
}

function EntryTable({ entries }: { entries: readonly AuditEntry[] }) {
  const i18n = useI18n();
  const { t } = i18n;
  if (!entries.length)
    return (
      <p className="notice" role="status">
        {t('Ingen registreringer.', 'No entries.')}
      </p>
    );
  return (
    <Table
      label={t('Registreringer', 'Entries')}
      caption={t(`${entries.length} registreringer`, `${entries.length} entries`)}
      showCaption
      className="stack audit-trail"
      rowHeader={false}
      columns={entryColumns(i18n)}
      rows={entries}
      rowKey={(entry) => String(entry.seq)}
    />
  );
}

function entryColumns(i18n: I18n): Column<AuditEntry>[] {
  const { t } = i18n;
  const when = new Intl.DateTimeFormat(i18n.language === 'da' ? 'da-DK' : 'en-GB', {
    dateStyle: 'short',
    timeStyle: 'medium',
  });
  return [
    { head: t('Tidspunkt', 'Time'), cell: (entry) => when.format(new Date(entry.at)) },
    {
      head: t('Hvem', 'Who'),
      cell: (entry) => actorLabel(entry, t('slettet person', 'erased person'), t('systemet', 'the system')),
    },
    { head: t('Handling', 'Action'), cell: (entry) => entry.operation ?? entry.action },
    { head: t('Hvad', 'What'), cell: (entry) => `${entry.table} ${entry.action}` },
    {
      head: t('Ændringer', 'Changes'),
      cell: (entry) => changeLines(entry).map((line) => <div key={line}>{line}</div>),
    },
  ];
}
