import type {
  HealthCheckActionDto,
  HealthCheckQuestionnaireDto,
  HealthCheckResultsDto,
  HealthCheckRoundDto,
} from '@samvirke/contracts';
import { canManageProgramme } from '../admin/access.js';
import { loadProgrammeWithMembers, type ProgrammeWithMembers } from '../admin/admin-load.js';
import { Table } from '../components/data-table.js';
import { ProgrammeSection } from '../components/programme-section.js';
import { AnswerForm } from '../health-check/answer-form.js';
import { conditionName } from '../health-check/condition-names.js';
import { HealthCheckForms } from '../health-check/health-check-forms.js';
import { HealthCheckResults } from '../health-check/health-check-results.js';
import { useI18n } from '../i18n/i18n.js';
import { useLoad, usePortal } from '../portal-context.js';

type HealthCheckView = ProgrammeWithMembers & {
  rounds: HealthCheckRoundDto[];
  questionnaires: HealthCheckQuestionnaireDto[];
  results: HealthCheckResultsDto;
  actions: HealthCheckActionDto[];
};

/**
 * "Sundhedstjek": the collective impact health check of a programme. Members answer an open round;
 * everyone sees the results per condition over the rounds and the follow-up actions; the backbone
 * (and funders) open and close rounds and record the actions.
 */
export function HealthCheckPage({ programmeId }: { programmeId: string }) {
  const { t } = useI18n();
  const base = `/partners/programmes/${programmeId}/health-check`;
  const loaded = useLoad<HealthCheckView>(async (client) => {
    const [view, rounds, results, actions] = await Promise.all([
      loadProgrammeWithMembers(client, programmeId),
      client.get<HealthCheckRoundDto[]>(`${base}/rounds`),
      client.get<HealthCheckResultsDto>(`${base}/results`),
      client.get<HealthCheckActionDto[]>(`${base}/actions`),
    ]);
    const questionnaires = await Promise.all(
      rounds
        .filter((round) => round.status === 'open' && !round.answeredByMe)
        .map((round) => client.get<HealthCheckQuestionnaireDto>(`${base}/rounds/${round.id}/questionnaire`)),
    );
    return { ...view, rounds, results, actions, questionnaires };
  }, `health-check:${programmeId}`);
  return (
    <ProgrammeSection section={t('Sundhedstjek', 'Health check')} loaded={loaded}>
      {(view, reload) => <HealthCheck view={view} reload={reload} />}
    </ProgrammeSection>
  );
}

function HealthCheck({ view, reload }: { view: HealthCheckView; reload: () => void }) {
  const { principal } = usePortal();
  const answerable = view.questionnaires.filter((questionnaire) => questionnaire.canAnswer);
  const answered = view.rounds.filter((round) => round.status === 'open' && round.answeredByMe);
  return (
    <>
      <Introduction answered={answered} />
      {answerable.map((questionnaire) => (
        <AnswerForm
          key={questionnaire.round.id}
          questionnaire={questionnaire}
          programmeId={view.programme.id}
          onSent={reload}
        />
      ))}
      <Rounds rounds={view.rounds} />
      <HealthCheckResults results={view.results} />
      <Actions actions={view.actions} />
      {canManageProgramme(principal, view.members) && (
        <HealthCheckForms
          programmeId={view.programme.id}
          members={view.members}
          rounds={view.rounds}
          onSent={reload}
        />
      )}
    </>
  );
}

function Introduction({ answered }: { answered: readonly HealthCheckRoundDto[] }) {
  const { t } = useI18n();
  return (
    <>
      <p>
        {t(
          'Et kort, anonymt spørgeskema til alle partnere om de fem betingelser for collective impact. ' +
            'Spørgsmålene er Samvirkes egne.',
          'A short, anonymous questionnaire for every partner on the five conditions of collective impact. ' +
            'The questions are Samvirke’s own.',
        )}
      </p>
      {answered.map((round) => (
        <p className="notice" key={round.id}>
          {t(`Tak – du har svaret på ${round.title}.`, `Thank you – you have answered ${round.title}.`)}
        </p>
      ))}
    </>
  );
}

function Rounds({ rounds }: { rounds: readonly HealthCheckRoundDto[] }) {
  const i18n = useI18n();
  const { t } = i18n;
  const status = (round: HealthCheckRoundDto) =>
    round.status === 'open'
      ? t('Åben', 'Open')
      : round.status === 'closed'
        ? t('Lukket', 'Closed')
        : t('Planlagt', 'Scheduled');
  return (
    <Table<HealthCheckRoundDto>
      label={t('Runder', 'Rounds')}
      showCaption
      columns={[
        { head: t('Runde', 'Round'), cell: (round) => round.title },
        { head: t('Åbner', 'Opens'), cell: (round) => i18n.formatDate(round.opensOn) },
        { head: t('Lukker', 'Closes'), cell: (round) => i18n.formatDate(round.closesOn) },
        { head: t('Status', 'Status'), cell: status },
        { head: t('Svar', 'Responses'), cell: (round) => round.responseCount, className: 'num' },
      ]}
      rows={rounds}
      rowKey={(round) => round.id}
    />
  );
}

function Actions({ actions }: { actions: readonly HealthCheckActionDto[] }) {
  const i18n = useI18n();
  const { t, language } = i18n;
  return (
    <Table<HealthCheckActionDto>
      label={t('Opfølgning', 'Follow-up actions')}
      showCaption
      columns={[
        { head: t('Handling', 'Action'), cell: (action) => action.text },
        { head: t('Betingelse', 'Condition'), cell: (action) => conditionName(action.condition, language) },
        {
          head: t('Ansvarlig', 'Owner'),
          cell: (action) => `${action.ownerName} (${action.ownerOrganisationName})`,
        },
        { head: t('Frist', 'Due'), cell: (action) => i18n.formatDate(action.dueDate) },
      ]}
      rows={actions}
      rowKey={(action) => action.id}
    />
  );
}
