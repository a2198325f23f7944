import type { ActionItemDto, BodyDto, DecisionDto, MeetingDto } from '@samvirke/contracts';
import { canManageProgramme } from '../admin/access.js';
import { loadProgrammeWithMembers, type ProgrammeWithMembers } from '../admin/admin-load.js';
import { DataTable } from '../components/data-table.js';
import { Page } from '../components/page.js';
import { ProgrammeNav } from '../components/programme-nav.js';
import { Await } from '../components/status.js';
import { GovernanceForms, memberRoles } from '../governance/governance-forms.js';
import { useI18n } from '../i18n/i18n.js';
import { useLoad, usePortal } from '../portal-context.js';
import { programmeHeading } from '../programmes.js';
import { Link } from '../router.js';

type GovernanceView = ProgrammeWithMembers & {
  bodies: BodyDto[];
  meetings: MeetingDto[];
  decisions: DecisionDto[];
  items: ActionItemDto[];
};

/** A programme's governance: bodies, meetings, the decision log and action items. Members read, the backbone writes. */
export function GovernancePage({ programmeId }: { programmeId: string }) {
  const { t } = useI18n();
  const base = `/partners/programmes/${programmeId}/governance`;
  const loaded = useLoad<GovernanceView>(async (client) => {
    const [view, bodies, meetings, decisions, items] = await Promise.all([
      loadProgrammeWithMembers(client, programmeId),
      client.get<BodyDto[]>(`${base}/bodies`),
      client.get<MeetingDto[]>(`${base}/meetings`),
      client.get<DecisionDto[]>(`${base}/decisions`),
      client.get<ActionItemDto[]>(`${base}/action-items`),
    ]);
    return { ...view, bodies, meetings, decisions, items };
  }, `governance:${programmeId}`);
  const heading = programmeHeading(
    t,
    t('Styring', 'Governance'),
    loaded.state === 'ready' ? loaded.data.programme : undefined,
  );
  return (
    <Page title={heading.title} crumbs={heading.crumbs}>
      <Await loaded={loaded}>{(view, reload) => <Governance view={view} reload={reload} />}</Await>
    </Page>
  );
}

function Governance({ view, reload }: { view: GovernanceView; reload: () => void }) {
  const { principal } = usePortal();
  const { programme, members, bodies, items } = view;
  return (
    <>
      <ProgrammeNav programmeId={programme.id} name={programme.name} />
      <BodiesTable view={view} />
      <MeetingList view={view} />
      <DecisionLog view={view} />
      <ActionItems view={view} />
      {canManageProgramme(principal, members) && (
        <GovernanceForms
          programme={programme}
          members={members}
          bodies={bodies}
          items={items}
          onSent={reload}
        />
      )}
    </>
  );
}

function BodiesTable({ view }: { view: GovernanceView }) {
  const { t } = useI18n();
  const roleName = new Map(memberRoles(t).map((role) => [role.value, role.label]));
  const goalTitle = new Map(view.programme.goals.map((goal) => [goal.id, goal.title]));
  const kind = (body: BodyDto) =>
    body.kind === 'steering-group' ? t('Styregruppe', 'Steering group') : t('Arbejdsgruppe', 'Working group');
  const people = (body: BodyDto) =>
    body.members
      .map((m) => `${m.personName} (${m.organisationName}, ${roleName.get(m.role) ?? m.role})`)
      .join('; ');
  return (
    <DataTable
      caption={t('Organer', 'Bodies')}
      fileName="organer"
      columns={[t('Organ', 'Body'), t('Type', 'Kind'), t('Mål', 'Goal'), t('Medlemmer', 'Members')]}
      rows={view.bodies.map((body) => [
        body.name,
        kind(body),
        goalTitle.get(body.goalId ?? '') ?? null,
        people(body) || null,
      ])}
    />
  );
}

function MeetingList({ view }: { view: GovernanceView }) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <>
      <h2>{t('Møder', 'Meetings')}</h2>
      {view.meetings.length === 0 ? (
        <p className="notice">{t('Der er ingen møder endnu.', 'There are no meetings yet.')}</p>
      ) : (
        <ul className="cards">
          {view.meetings.map((meeting) => (
            <li className="card" key={meeting.id}>
              <h3>
                <Link href={`/programmes/${view.programme.id}/governance/meetings/${meeting.id}`}>
                  {meeting.title}
                </Link>
              </h3>
              <p className="muted">
                {meeting.bodyName} · {i18n.formatDateTime(meeting.startsAt)}{' '}
                {meeting.location && `· ${meeting.location}`}
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function DecisionLog({ view }: { view: GovernanceView }) {
  const i18n = useI18n();
  const { t } = i18n;
  const goalTitle = new Map(view.programme.goals.map((goal) => [goal.id, goal.title]));
  const columns = [t('Beslutning', 'Decision'), t('Besluttet', 'Decided'), t('Mål', 'Goals')];
  const counts = [t('Aktiviteter', 'Activities'), t('Indikatorer', 'Indicators'), t('Bevillinger', 'Awards')];
  return (
    <DataTable
      caption={t('Beslutningslog', 'Decision log')}
      fileName="beslutningslog"
      columns={[...columns, ...counts]}
      rows={view.decisions.map(({ title, decidedOn, links }) => [
        title,
        i18n.formatDate(decidedOn),
        links.goalIds.map((id) => goalTitle.get(id) ?? id).join('; ') || null,
        links.activityIds.length,
        links.indicatorIds.length,
        links.awardIds.length,
      ])}
    />
  );
}

function ActionItems({ view }: { view: GovernanceView }) {
  const i18n = useI18n();
  const { t } = i18n;
  const status = (item: ActionItemDto) =>
    item.doneAt
      ? t('Løst', 'Done')
      : item.remindedAt
        ? t('Åben, påmindet', 'Open, reminded')
        : t('Åben', 'Open');
  return (
    <DataTable
      caption={t('Opgaver', 'Action items')}
      fileName="opgaver"
      columns={[
        t('Opgave', 'Action item'),
        t('Ansvarlig', 'Owner'),
        t('Frist', 'Due'),
        t('Status', 'Status'),
      ]}
      rows={view.items.map((item) => [
        item.title,
        `${item.ownerName} (${item.ownerOrganisationName})`,
        i18n.formatDate(item.dueDate),
        status(item),
      ])}
    />
  );
}
