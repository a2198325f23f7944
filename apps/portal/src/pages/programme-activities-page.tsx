import type { ActivityDto, MembershipDto, ProgrammeDto } from '@samvirke/contracts';
import { useState } from 'react';
import { activityOrganisations, canManageProgramme } from '../admin/access.js';
import { ActivityEditor } from '../admin/activity-editor.js';
import { activityFormOf, emptyActivity } from '../admin/activity-form.js';
import { loadProgrammeWithMembers, type ProgrammeWithMembers } from '../admin/admin-load.js';
import { StatusBadge } from '../components/status.js';
import { useI18n } from '../i18n/i18n.js';
import { statusName } from '../i18n/terms.js';
import { useLoad, usePortal } from '../portal-context.js';
import { Link } from '../router.js';
import { ProgrammeSection } from '../components/programme-section.js';

type ActivitiesView = ProgrammeWithMembers & { activities: ActivityDto[] };

/** The members' activities per goal; managers and each member's own staff register and change them. */
export function ProgrammeActivitiesPage({ programmeId }: { programmeId: string }) {
  const { t } = useI18n();
  const loaded = useLoad<ActivitiesView>(async (client) => {
    const [view, activities] = await Promise.all([
      loadProgrammeWithMembers(client, programmeId),
      client.get<ActivityDto[]>(`/partners/programmes/${programmeId}/activities`),
    ]);
    return { ...view, activities };
  }, `programme-activities:${programmeId}`);
  return (
    <ProgrammeSection section={t('Aktiviteter', 'Activities')} loaded={loaded}>
      {(view, reload) => <Activities view={view} reload={reload} />}
    </ProgrammeSection>
  );
}

function Activities({ view, reload }: { view: ActivitiesView; reload: () => void }) {
  const { principal } = usePortal();
  const { programme, members, activities } = view;
  const writable = activityOrganisations(principal, members);
  const body =
    programme.goals.length === 0 ? (
      <NoGoals programmeId={programme.id} manage={canManageProgramme(principal, members)} />
    ) : (
      <>
        <ActivitiesByGoal
          view={view}
          writable={writable.map((member) => member.organisationId)}
          onSaved={reload}
        />
        {writable.length > 0 && <NewActivity view={view} writable={writable} reload={reload} />}
      </>
    );
  return (
    <>
      {activities.length === 0 && programme.goals.length > 0 && (
        <NoActivities canWrite={writable.length > 0} />
      )}
      {body}
    </>
  );
}

function NewActivity({
  view,
  writable,
  reload,
}: {
  view: ActivitiesView;
  writable: MembershipDto[];
  reload: () => void;
}) {
  const { t } = useI18n();
  const { api } = usePortal();
  return (
    <ActivityEditor
      formId="new-activity"
      heading={t('Registrer en aktivitet', 'Register an activity')}
      initial={emptyActivity(writable.length === 1 ? (writable[0]?.organisationId ?? '') : '')}
      organisations={writable}
      goals={view.programme.goals}
      submitLabel={t('Registrer aktiviteten', 'Register the activity')}
      send={async (activity) => {
        await api.send('POST', `/partners/programmes/${view.programme.id}/activities`, activity);
        reload();
      }}
    />
  );
}

function NoGoals({ programmeId, manage }: { programmeId: string; manage: boolean }) {
  const { t } = useI18n();
  return (
    <p className="notice">
      {t(
        'Programmet har ingen mål endnu, og en aktivitet knyttes altid til mindst ét mål.',
        'The programme has no goals yet, and an activity always serves at least one goal.',
      )}{' '}
      {manage ? (
        <Link href={`/programmes/${programmeId}/edit`}>
          {t('Tilføj mål til dagsordenen', 'Add goals to the agenda')}
        </Link>
      ) : (
        t('Programmets ledelse tilføjer målene.', "The programme's managers add the goals.")
      )}
    </p>
  );
}

function NoActivities({ canWrite }: { canWrite: boolean }) {
  const { t } = useI18n();
  return (
    <p className="notice">
      {canWrite
        ? t(
            'Der er ingen aktiviteter endnu. Registrer den første i formularen nedenfor.',
            'There are no activities yet. Register the first in the form below.',
          )
        : t(
            'Medlemmerne har ikke registreret aktiviteter endnu.',
            'The members have registered no activities yet.',
          )}
    </p>
  );
}

interface ByGoalProps {
  readonly view: ActivitiesView;
  /** The members whose activities the user may change. */
  readonly writable: readonly string[];
  readonly onSaved: () => void;
}

function ActivitiesByGoal({ view, writable, onSaved }: ByGoalProps) {
  if (view.activities.length === 0) return null;
  return (
    <>
      {view.programme.goals.map((goal) => (
        <GoalActivities key={goal.id} goal={goal} view={view} writable={writable} onSaved={onSaved} />
      ))}
    </>
  );
}

function GoalActivities({
  goal,
  view,
  writable,
  onSaved,
}: ByGoalProps & { goal: ProgrammeDto['goals'][number] }) {
  const { t } = useI18n();
  const serving = view.activities.filter((activity) => activity.goalIds.includes(goal.id));
  const names = new Map(view.members.map((member) => [member.organisationId, member.organisationName]));
  return (
    <section aria-labelledby={`goal-${goal.id}`}>
      <h2 id={`goal-${goal.id}`}>{goal.title}</h2>
      {serving.length === 0 ? (
        <p className="muted">{t('Ingen aktiviteter tjener dette mål.', 'No activity serves this goal.')}</p>
      ) : (
        <ul className="cards">
          {serving.map((activity) => (
            <ActivityCard
              key={activity.id}
              activity={activity}
              memberName={names.get(activity.organisationId) ?? ''}
              goals={view.programme.goals}
              canEdit={writable.includes(activity.organisationId)}
              onSaved={onSaved}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

interface CardProps {
  readonly activity: ActivityDto;
  readonly memberName: string;
  readonly goals: ProgrammeDto['goals'];
  readonly canEdit: boolean;
  readonly onSaved: () => void;
}

function ActivityCard({ activity, memberName, goals, canEdit, onSaved }: CardProps) {
  const { t } = useI18n();
  const { api } = usePortal();
  const [editing, setEditing] = useState(false);
  return (
    <li className="card">
      <h3>{activity.title}</h3>
      <ActivityFacts activity={activity} memberName={memberName} />
      {canEdit && !editing && (
        <button type="button" onClick={() => setEditing(true)}>
          {t(`Rediger ${activity.title}`, `Edit ${activity.title}`)}
        </button>
      )}
      {editing && (
        <ActivityEditor
          formId={`edit-${activity.id}`}
          heading={t(`Rediger ${activity.title}`, `Edit ${activity.title}`)}
          initial={activityFormOf(activity)}
          goals={goals}
          submitLabel={t('Gem aktiviteten', 'Save the activity')}
          onCancel={() => setEditing(false)}
          send={async (body) => {
            await api.send(
              'PATCH',
              `/partners/programmes/${activity.programmeId}/activities/${activity.id}`,
              body,
            );
            setEditing(false);
            onSaved();
          }}
        />
      )}
    </li>
  );
}

function ActivityFacts({ activity, memberName }: { activity: ActivityDto; memberName: string }) {
  const i18n = useI18n();
  return (
    <>
      <p>
        <StatusBadge status={activity.status} label={statusName(i18n, activity.status)} />{' '}
        <span className="muted">{memberName}</span>
        {activity.startDate && (
          <span className="muted">
            {' '}
            · {i18n.formatDate(activity.startDate)}
            {activity.endDate ? ` – ${i18n.formatDate(activity.endDate)}` : ''}
          </span>
        )}
      </p>
      {activity.description && <p>{activity.description}</p>}
    </>
  );
}
