import type {
  ApplicationDto,
  ApplicationFileDto,
  ApplicationFormDto,
  ApplicationReviewsDto,
  GrantCallDto,
  ProgrammeDto,
} from '@samvirke/contracts';
import type { ApiClient } from '../api/client.js';
import { Page } from '../components/page.js';
import { Await, StatusBadge } from '../components/status.js';
import { ApplicationForm } from '../grants/application-form.js';
import { AwardForm } from '../grants/award-form.js';
import { EligibilityStep, eligibilityQuestionsOf } from '../grants/eligibility-step.js';
import { FormAnswersSummary } from '../grants/form-answers-summary.js';
import { organisationNames } from '../grants/grants-load.js';
import { PartnershipAnswer, PartnersEditor, PartnersSummary } from '../grants/joint-partners.js';
import { grantStatusName } from '../grants/grants-terms.js';
import { formatKroner } from '../grants/money.js';
import { ReviewPanel } from '../grants/review-panel.js';
import { WithdrawApplication } from '../grants/withdraw-application.js';
import { mayWithdraw } from '../grants/withdraw-rules.js';
import { useI18n } from '../i18n/i18n.js';
import { usePortal, useLoad } from '../portal-context.js';
import { loadProgramme } from '../programmes.js';

/** The application with its call, its programme's goals and (once submitted) its reviews. */
async function loadApplication(api: ApiClient, applicationId: string) {
  const application = await api.get<ApplicationDto>(`/grants/applications/${applicationId}`);
  const [call, programme, reviews, form, files, members] = await Promise.all([
    api.get<GrantCallDto>(`/grants/calls/${application.callId}`),
    loadProgramme(api, application.programmeId).catch((): ProgrammeDto | null => null),
    application.status === 'draft'
      ? Promise.resolve(null)
      : api.get<ApplicationReviewsDto>(`/grants/applications/${applicationId}/reviews`).catch(() => null),
    // The version it was submitted against; a draft follows the newest.
    api
      .get<ApplicationFormDto>(
        application.formVersion === null
          ? `/grants/calls/${application.callId}/form`
          : `/grants/calls/${application.callId}/form/versions/${application.formVersion}`,
      )
      .catch((): ApplicationFormDto | null => null),
    api
      .get<ApplicationFileDto[]>(`/grants/applications/${applicationId}/files`)
      .catch((): ApplicationFileDto[] => []),
    // Who a lead may name as partner: the programme's member organisations.
    organisationNames(api, [application.programmeId]),
  ]);
  return { application, call, goals: programme?.goals ?? [], reviews, form, files, members };
}

type Loaded = Awaited<ReturnType<typeof loadApplication>>;

export function ApplicationPage({ applicationId }: { applicationId: string }) {
  const { t } = useI18n();
  const loaded = useLoad((api) => loadApplication(api, applicationId), `application:${applicationId}`);
  const title =
    loaded.state === 'ready' && loaded.data.application.title
      ? loaded.data.application.title
      : t('Ansøgning', 'Application');
  return (
    <Page title={title} crumbs={[{ href: '/grants', label: t('Tilskud', 'Grants') }]}>
      <Await loaded={loaded}>{(data, reload) => <ApplicationView {...data} reload={reload} />}</Await>
    </Page>
  );
}

/** The applicant edits its draft; afterwards everyone sees it, the reviews, and the funder decides. */
function ApplicationView(props: Loaded & { reload: () => void }) {
  const { application, call, reviews, reload } = props;
  const i18n = useI18n();
  const { principal } = usePortal();
  const own = principal.organisations.includes(application.applicantOrganisationId);
  const isFunder =
    principal.roles.includes('platform-admin') ||
    (principal.roles.includes('foundation-officer') &&
      principal.organisations.includes(call.funderOrganisationId));
  return (
    <>
      <p>
        {i18n.t('Ansøgningsrunde', 'Grant call')}: {call.title} ·{' '}
        <StatusBadge status={application.status} label={grantStatusName(i18n, application.status)} />
      </p>
      {application.status === 'draft' && own ? <DraftSteps {...props} /> : <Submitted {...props} />}
      <JointParts {...props} own={own} />
      {application.status !== 'draft' && (
        <ReviewPanel
          application={application}
          call={call}
          reviews={reviews}
          isFunder={isFunder}
          onChanged={reload}
        />
      )}
      {isFunder && (application.status === 'submitted' || application.status === 'under-review') && (
        <AwardForm application={application} call={call} />
      )}
      {own && mayWithdraw(application) && (
        <WithdrawApplication application={application} onWithdrawn={reload} />
      )}
    </>
  );
}

/** The application as submitted (or a draft seen by a partner): its fields, answers and partners. */
function Submitted({ application, form, files }: Loaded) {
  return (
    <>
      <ApplicationSummary application={application} />
      <FormAnswersSummary application={application} form={form} files={files} />
      <PartnersSummary application={application} />
    </>
  );
}

/** The lead names its partners on the draft; a partner's users answer for their organisation. */
function JointParts({ application, members, reload, own }: Loaded & { reload: () => void; own: boolean }) {
  const { principal } = usePortal();
  if (application.status !== 'draft') return null;
  if (own) return <PartnersEditor application={application} choices={members} onSaved={reload} />;
  const mine = application.partners.find((partner) =>
    principal.organisations.includes(partner.organisationId),
  );
  return mine ? (
    <PartnershipAnswer application={application} organisationId={mine.organisationId} onAnswered={reload} />
  ) : null;
}

/** The eligibility questions first; once they let the applicant on, the whole form. */
function DraftSteps({ application, goals, form, reload }: Loaded & { reload: () => void }) {
  const questions = form?.questions ?? [];
  const eligibility = eligibilityQuestionsOf(questions);
  const { status } = application.eligibility;
  if (eligibility.length > 0 && status !== 'eligible')
    return <EligibilityStep application={application} questions={eligibility} onAnswered={reload} />;
  return (
    <ApplicationForm application={application} goals={goals} onSubmitted={reload} questions={questions} />
  );
}

function ApplicationSummary({ application }: { application: ApplicationDto }) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <section aria-labelledby="application-summary" className="panel">
      <h2 id="application-summary">{t('Ansøgningen', 'The application')}</h2>
      <p className="prose">{application.description}</p>
      <p>
        {t('Ansøgt beløb', 'Amount requested')}:{' '}
        {application.requestedAmountOre === null
          ? '–'
          : formatKroner(application.requestedAmountOre, i18n.language)}
      </p>
      <ul>
        {application.budgetLines.map((line, index) => (
          <li key={index}>
            {line.category}: {formatKroner(line.amountOre, i18n.language)}
          </li>
        ))}
      </ul>
      {application.decisionReason && (
        <p>
          {t('Begrundelse', 'Reason')}: {application.decisionReason}
        </p>
      )}
    </section>
  );
}
