import type { ApplicationDto, ApplicationFormDto, GrantCallDto } from '@samvirke/contracts';
import { useState } from 'react';
import type { ApiClient } from '../api/client.js';
import { Page } from '../components/page.js';
import { Await, ErrorMessage, StatusBadge } from '../components/status.js';
import { ApplicationRow, ApplicationsTable } from '../grants/application-row.js';
import { FormBuilder } from '../grants/form-builder.js';
import { grantStatusName } from '../grants/grants-terms.js';
import { loadOpenCalls, orEmpty, organisationNames } from '../grants/grants-load.js';
import { formatKroner } from '../grants/money.js';
import { useI18n } from '../i18n/i18n.js';
import { usePortal, useLoad } from '../portal-context.js';
import { Link, navigate } from '../router.js';

async function loadCall(client: ApiClient, callId: string) {
  const call = await client.get<GrantCallDto>(`/grants/calls/${callId}`);
  const [applications, open, form] = await Promise.all([
    orEmpty(client.get<ApplicationDto[]>(`/grants/calls/${callId}/applications`)),
    loadOpenCalls(client),
    client.get<ApplicationFormDto>(`/grants/calls/${callId}/form`),
  ]);
  const names = await organisationNames(
    client,
    [call.programmeId],
    applications.map((application) => application.applicantOrganisationId),
  );
  // The service decides who may apply (the organisation's type, never the call's own foundation).
  const entry = open.find((item) => item.id === callId);
  // The programme and foundation by name: from the open calls (anyone who may apply reads them
  // there), else from the programme's members the caller sees.
  const funder = entry?.funderName ?? names.get(call.funderOrganisationId) ?? null;
  const whose = entry ? [entry.programmeName, funder] : [funder];
  return {
    call,
    form,
    applications,
    names,
    whose: whose.filter(Boolean).join(' · '),
    mayApply: entry !== undefined,
  };
}

/** Starts an application to the call for the user's organisation and opens it. */
function useStartApplication(callId: string) {
  const { api, principal } = usePortal();
  const [failure, setFailure] = useState<unknown>(null);
  async function start(): Promise<void> {
    setFailure(null);
    try {
      const created = await api.send<ApplicationDto>('POST', `/grants/calls/${callId}/applications`, {
        applicantOrganisationId: principal.organisations[0],
      });
      navigate(`/grants/applications/${created.id}`);
    } catch (error) {
      setFailure(error);
    }
  }
  /** The organisation's application in the call that is not withdrawn, if it has one. */
  const ownApplication = (applications: readonly ApplicationDto[]) =>
    applications.find(
      (application) =>
        principal.organisations.includes(application.applicantOrganisationId) &&
        application.status !== 'withdrawn',
    );
  return { failure, start, ownApplication };
}

type Starting = ReturnType<typeof useStartApplication>;

export function GrantCallPage({ callId }: { callId: string }) {
  const { t } = useI18n();
  const starting = useStartApplication(callId);
  const loaded = useLoad((client) => loadCall(client, callId), `call:${callId}`);
  const title = loaded.state === 'ready' ? loaded.data.call.title : t('Ansøgningsrunde', 'Grant call');
  return (
    <Page title={title} crumbs={[{ href: '/grants', label: t('Tilskud', 'Grants') }]}>
      <Await loaded={loaded}>
        {({ call, form, applications, names, whose, mayApply }, reload) => (
          <>
            {whose && <p className="lead">{whose}</p>}
            <CallDetails call={call} />
            <CallForm call={call} form={form} onSaved={reload} />
            <StartApplication
              call={call}
              mayApply={mayApply}
              own={starting.ownApplication(applications)}
              starting={starting}
            />
            <CallApplications applications={applications} names={names} />
          </>
        )}
      </Await>
    </Page>
  );
}

/** The call's foundation's officers (and platform admins) design its application form while it is not closed. */
function CallForm({
  call,
  form,
  onSaved,
}: {
  call: GrantCallDto;
  form: ApplicationFormDto;
  onSaved: () => void;
}) {
  const { principal } = usePortal();
  const designs =
    principal.roles.includes('platform-admin') ||
    (principal.roles.includes('foundation-officer') &&
      principal.organisations.includes(call.funderOrganisationId));
  if (!designs || call.status === 'closed') return null;
  return <FormBuilder key={`${form.version}:${form.updatedAt ?? ''}`} form={form} onSaved={onSaved} />;
}

/** Status, budget, dates, description and the criteria applications are scored on. */
function CallDetails({ call }: { call: GrantCallDto }) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <>
      <p>
        <StatusBadge status={call.status} label={grantStatusName(i18n, call.status)} /> {t('Ramme', 'Budget')}{' '}
        {formatKroner(call.budgetOre, i18n.language)} · {t('bevilget', 'awarded')}{' '}
        {formatKroner(call.awardedOre, i18n.language)}
      </p>
      <p>
        {t('Åbner', 'Opens')} {i18n.formatDateTime(call.opensAt)} · {t('lukker', 'closes')}{' '}
        {i18n.formatDateTime(call.closesAt)}
      </p>
      <p className="prose">{call.description}</p>
      <h2>{t('Kriterier', 'Criteria')}</h2>
      <ul>
        {call.criteria.map((criterion) => (
          <li key={criterion.id}>
            <strong>{criterion.name}</strong> ({t('vægt', 'weight')} {criterion.weight})
            {criterion.description && ` – ${criterion.description}`}
          </li>
        ))}
      </ul>
    </>
  );
}

/**
 * The way into an application: the organisation's own one when it has one in the call, else a new
 * one while the call is open and the organisation may apply (never for the call's own foundation).
 */
function StartApplication({
  call,
  mayApply,
  own,
  starting,
}: {
  call: GrantCallDto;
  mayApply: boolean;
  own: ApplicationDto | undefined;
  starting: Starting;
}) {
  const { t } = useI18n();
  if (own)
    return (
      <p className="actions">
        <Link href={`/grants/applications/${own.id}`}>
          {own.status === 'draft'
            ? t('Fortsæt din ansøgning', 'Continue your application')
            : t('Se din ansøgning', 'See your application')}
        </Link>
      </p>
    );
  return (
    <>
      {call.status === 'open' && mayApply && (
        <div className="actions">
          <button type="button" className="primary" onClick={() => void starting.start()}>
            {t('Start en ansøgning', 'Start an application')}
          </button>
        </div>
      )}
      {starting.failure !== null && <ErrorMessage error={starting.failure} />}
    </>
  );
}

function CallApplications({
  applications,
  names,
}: {
  applications: ApplicationDto[];
  names: ReadonlyMap<string, string>;
}) {
  const { t } = useI18n();
  return (
    <>
      <h2>{t('Ansøgninger', 'Applications')}</h2>
      {applications.length === 0 ? (
        <p className="muted">{t('Ingen ansøgninger du kan se.', 'No applications you can see.')}</p>
      ) : (
        <ApplicationsTable caption={t('Ansøgninger', 'Applications')} detail={t('Ansøger', 'Applicant')}>
          {applications.map((application) => (
            <ApplicationRow
              key={application.id}
              application={application}
              detail={{
                label: t('Ansøger', 'Applicant'),
                content: names.get(application.applicantOrganisationId) ?? '–',
              }}
            />
          ))}
        </ApplicationsTable>
      )}
    </>
  );
}
