import type { DataSubjectExport, DataSubjectRequestDto, OpenDataSubjectRequest } from '@samvirke/contracts';
import { useState } from 'react';
import type { Errors } from '../components/fields.js';
import { isAdmin } from '../admin/access.js';
import { AdminOnly } from '../admin/admin-only.js';
import { SelectField } from '../admin/select-field.js';
import { SubmitRow } from '../admin/submit-row.js';
import { TextFields, type TextSpec } from '../admin/text-fields.js';
import { useCheckedForm } from '../admin/use-checked-form.js';
import { Page } from '../components/page.js';
import { Await, ErrorMessage } from '../components/status.js';
import { TableWrap } from '../components/table-wrap.js';
import { saveFile, savePdf } from '../exports/download.js';
import { useI18n } from '../i18n/i18n.js';
import { useLoad, usePortal } from '../portal-context.js';
import { exportPdf, partLine, statusName } from './data-subject-rows.js';

const PATH = '/partners/data-subject-requests';

/**
 * Registrerede personers rettigheder (GDPR art. 15 og 17): a platform admin opens an access or
 * erasure request for a person, follows each service's answer, and downloads the export or keeps
 * the receipt.
 */
export function DataSubjectRequestsPage() {
  const { t } = useI18n();
  const { principal } = usePortal();
  const loaded = useLoad((api) => api.get<DataSubjectRequestDto[]>(PATH), 'data-subject-requests');
  return (
    <Page title={t('Indsigt og sletning', 'Access and erasure')}>
      <p>
        {t(
          'En person kan bede om indsigt i alt, hvad Samvirke har om dem, eller om at blive slettet overalt — også deres login. Revisionssporet bevares, men personens oplysninger i det gøres uigenkendelige.',
          'A person may ask to see everything Samvirke holds about them, or to be erased everywhere — their login included. The audit trail is kept, with their details in it made unrecognisable.',
        )}
      </p>
      {isAdmin(principal) ? (
        <Await loaded={loaded}>
          {(requests, reload) => (
            <>
              <OpenRequest onOpened={reload} />
              <button type="button" onClick={reload}>
                {t('Opdater status', 'Refresh the status')}
              </button>
              <RequestTable requests={requests} onChanged={reload} />
            </>
          )}
        </Await>
      ) : (
        <AdminOnly />
      )}
    </Page>
  );
}

const NO_REQUEST: OpenDataSubjectRequest = { kind: 'access', email: '', username: '', reference: '' };

const REQUEST_TEXT: readonly TextSpec<'email' | 'username' | 'reference'>[] = [
  { name: 'email', id: 'dsr-email', type: 'email', da: 'Personens e-mail', en: "The person's e-mail" },
  { name: 'username', id: 'dsr-username', da: 'Brugernavn (hvis kendt)', en: 'Username (if known)' },
  { name: 'reference', id: 'dsr-reference', da: 'Sagsnummer', en: 'Case reference' },
];

function OpenRequest({ onOpened }: { onOpened: () => void }) {
  const { t } = useI18n();
  const { api } = usePortal();
  const [request, setRequest] = useState(NO_REQUEST);
  const checked = useCheckedForm(
    request,
    () => ({}),
    async ({ username, ...value }) => {
      await api.send('POST', PATH, username ? { ...value, username } : value);
      setRequest(NO_REQUEST);
      onOpened();
    },
  );
  return (
    <form aria-labelledby="open-dsr" className="panel" {...checked.formProps}>
      <h2 id="open-dsr">{t('Ny anmodning', 'New request')}</h2>
      <KindField
        kind={request.kind}
        errors={checked.errors}
        onChange={(kind) => setRequest({ ...request, kind })}
      />
      <TextFields
        fields={REQUEST_TEXT}
        values={{ ...request, username: request.username ?? '' }}
        errors={checked.errors}
        change={(patch) => setRequest({ ...request, ...patch })}
      />
      <SubmitRow
        label={t('Åbn anmodningen', 'Open the request')}
        failure={checked.failure}
        sending={checked.sending}
      />
    </form>
  );
}

function KindField({
  kind,
  errors,
  onChange,
}: {
  kind: OpenDataSubjectRequest['kind'];
  errors: Errors;
  onChange: (kind: OpenDataSubjectRequest['kind']) => void;
}) {
  const { t } = useI18n();
  return (
    <SelectField
      id="dsr-kind"
      label={t('Anmodning', 'Request')}
      pointer="/kind"
      value={kind}
      options={[
        { value: 'access', label: t('Indsigt (art. 15)', 'Access (art. 15)') },
        { value: 'erasure', label: t('Sletning (art. 17)', 'Erasure (art. 17)') },
      ]}
      errors={errors}
      onChange={onChange}
    />
  );
}

function RequestTable({ requests, onChanged }: { requests: DataSubjectRequestDto[]; onChanged: () => void }) {
  const { t } = useI18n();
  if (!requests.length) return <p className="notice">{t('Ingen anmodninger endnu.', 'No requests yet.')}</p>;
  return (
    <TableWrap label={t('Anmodninger', 'Requests')}>
      <table className="stack">
        <caption>{t('Anmodninger og kvitteringer', 'Requests and receipts')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('Sagsnummer', 'Case reference')}</th>
            <th scope="col">{t('Anmodning', 'Request')}</th>
            <th scope="col">{t('Status', 'Status')}</th>
            <th scope="col">{t('Tjenesternes svar', "The services' answers")}</th>
            <th scope="col">{t('Handlinger', 'Actions')}</th>
          </tr>
        </thead>
        <tbody>
          {requests.map((request) => (
            <RequestRow key={request.id} request={request} onChanged={onChanged} />
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}

function RequestRow({ request, onChanged }: { request: DataSubjectRequestDto; onChanged: () => void }) {
  const { t } = useI18n();
  return (
    <tr>
      <th scope="row">{request.reference}</th>
      <td data-label={t('Anmodning', 'Request')}>
        {request.kind === 'access' ? t('Indsigt', 'Access') : t('Sletning', 'Erasure')}
      </td>
      <td data-label={t('Status', 'Status')}>{statusName(t, request)}</td>
      <td data-label={t('Tjenesternes svar', "The services' answers")}>
        <ul className="plain">
          {request.services.map((part) => (
            <li key={part.service}>{partLine(t, part)}</li>
          ))}
        </ul>
      </td>
      <td data-label={t('Handlinger', 'Actions')}>
        {request.kind === 'access' && request.status === 'completed' && (
          <ExportActions request={request} onClosed={onChanged} />
        )}
      </td>
    </tr>
  );
}

function ExportActions({ request, onClosed }: { request: DataSubjectRequestDto; onClosed: () => void }) {
  const { t } = useI18n();
  const { api } = usePortal();
  const [failure, setFailure] = useState<unknown>(null);
  const path = `${PATH}/${request.id}/export`;
  const name = `indsigt-${request.reference}`;
  const load = () => api.get<DataSubjectExport>(path);
  const json = () =>
    void load().then(
      (data) => saveFile(JSON.stringify(data, null, 2), 'application/json', `${name}.json`),
      setFailure,
    );
  const pdf = () =>
    void load()
      .then((data) => exportPdf(t, data))
      .then((bytes) => savePdf(bytes, name), setFailure);
  const close = () => void api.send('DELETE', path).then(onClosed, setFailure);
  return (
    <>
      {failure !== null && <ErrorMessage error={failure} />}
      <button type="button" onClick={json}>
        {t(`Hent ${request.reference} som JSON`, `Download ${request.reference} as JSON`)}
      </button>{' '}
      <button type="button" onClick={pdf}>
        {t(`Hent ${request.reference} som PDF`, `Download ${request.reference} as PDF`)}
      </button>{' '}
      <button type="button" onClick={close}>
        {t(`Luk ${request.reference} og slet udtrækket`, `Close ${request.reference} and erase the export`)}
      </button>
    </>
  );
}
