import type { GoalMap, MembershipDto, ProgrammeDto, ProgrammeIndicatorDto } from '@samvirke/contracts';
import type { ApiClient } from '../api/client.js';
import { ManageProgrammeLinks } from '../admin/programme-actions.js';
import { Page } from '../components/page.js';
import { ProgrammeNav } from '../components/programme-nav.js';
import { Await, StatusBadge } from '../components/status.js';
import { useI18n } from '../i18n/i18n.js';
import { statusName } from '../i18n/terms.js';
import { MembersDownloads } from '../exports/members-downloads.js';
import { rolesText } from '../exports/partners-rows.js';
import { useLoad } from '../portal-context.js';
import { GoalIndicatorsSection } from '../components/goal-indicators.js';
import { GoalMapSection } from '../components/goal-map.js';
import { loadMembers, loadProgramme } from '../programmes.js';
import { TableWrap } from '../components/table-wrap.js';

interface ProgrammeView {
  programme: ProgrammeDto;
  members: MembershipDto[];
  map: GoalMap;
  /** The programme's indicators with the goals they measure (none when measurement does not answer). */
  indicators: ProgrammeIndicatorDto[];
}

async function loadProgrammeView(api: ApiClient, id: string): Promise<ProgrammeView> {
  const [programme, members, map, indicators] = await Promise.all([
    loadProgramme(api, id),
    loadMembers(api, id),
    api.get<GoalMap>(`/partners/programmes/${id}/goal-map`),
    api.get<ProgrammeIndicatorDto[]>(`/measurement/programmes/${id}/indicators`).catch(() => []),
  ]);
  return { programme, members, map, indicators };
}

export function ProgrammePage({ id }: { id: string }) {
  const { t } = useI18n();
  const loaded = useLoad<ProgrammeView>((api) => loadProgrammeView(api, id), `programme:${id}`);
  const title = loaded.state === 'ready' ? loaded.data.programme.name : t('Program', 'Programme');
  return (
    <Page title={title} crumbs={[{ href: '/', label: t('Programmer', 'Programmes') }]}>
      <Await loaded={loaded}>
        {({ programme, members, map, indicators }) => (
          <>
            <ProgrammeNav programmeId={id} name={programme.name} />
            <ManageProgrammeLinks programmeId={id} members={members} />
            <Agenda programme={programme} />
            <Goals programme={programme} />
            <Members programmeName={programme.name} members={members} />
            <GoalMapSection programmeName={programme.name} map={map} />
            <GoalIndicatorsSection programme={programme} indicators={indicators} />
          </>
        )}
      </Await>
    </Page>
  );
}

/** The common agenda: the problem the programme works on, its vision and themes. */
function Agenda({ programme }: { programme: ProgrammeDto }) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <section aria-labelledby="agenda">
      <h2 id="agenda">{t('Fælles dagsorden', 'Common agenda')}</h2>
      <p>
        <StatusBadge status={programme.status} label={statusName(i18n, programme.status)} />{' '}
        {t('Fra', 'From')} {i18n.formatDate(programme.startDate)}
        {programme.endDate ? ` ${t('til', 'to')} ${i18n.formatDate(programme.endDate)}` : ''}
      </p>
      <h3>{t('Problemet', 'The problem')}</h3>
      <p className="prose">{programme.problemStatement}</p>
      <h3>{t('Visionen', 'The vision')}</h3>
      <p className="prose">{programme.vision}</p>
      {programme.themes.length > 0 && (
        <p>
          {t('Temaer', 'Themes')}: {programme.themes.join(', ')}
        </p>
      )}
    </section>
  );
}

function Goals({ programme }: { programme: ProgrammeDto }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="goals">
      <h2 id="goals">{t('Mål', 'Goals')}</h2>
      <ol className="goals">
        {programme.goals.map((goal) => (
          <li key={goal.id}>
            <strong>{goal.title}</strong>
            {goal.description && <p>{goal.description}</p>}
          </li>
        ))}
      </ol>
    </section>
  );
}

function Members({ programmeName, members }: { programmeName: string; members: MembershipDto[] }) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <section aria-labelledby="members">
      <h2 id="members">{t('Medlemmer', 'Members')}</h2>
      <TableWrap label={t('Programmets medlemmer og roller', "The programme's members and roles")}>
        <table className="stack">
          <caption className="visually-hidden">
            {t('Programmets medlemmer og roller', "The programme's members and roles")}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('Organisation', 'Organisation')}</th>
              <th scope="col">{t('Roller', 'Roles')}</th>
              <th scope="col">{t('Medlem siden', 'Member since')}</th>
            </tr>
          </thead>
          <tbody>
            {members.map((member) => (
              <tr key={member.id}>
                <th scope="row">{member.organisationName}</th>
                <td data-label={t('Roller', 'Roles')}>{rolesText(i18n, member.roles)}</td>
                <td data-label={t('Medlem siden', 'Member since')}>{i18n.formatDate(member.joinedOn)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
      <MembersDownloads programmeName={programmeName} members={members} />
    </section>
  );
}
