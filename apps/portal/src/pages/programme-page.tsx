import type { GoalMap, MembershipDto, ProgrammeDto } from '@samvirke/contracts';
import { Page } from '../components/page.js';
import { ProgrammeNav } from '../components/programme-nav.js';
import { Await, StatusBadge } from '../components/status.js';
import { useI18n } from '../i18n/i18n.js';
import { roleName, statusName } from '../i18n/terms.js';
import { useLoad } from '../portal-context.js';
import { loadMembers, loadProgramme } from '../programmes.js';

interface ProgrammeView {
  programme: ProgrammeDto;
  members: MembershipDto[];
  map: GoalMap;
}

export function ProgrammePage({ id }: { id: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const loaded = useLoad<ProgrammeView>(async (api) => {
    const [programme, members, map] = await Promise.all([
      loadProgramme(api, id),
      loadMembers(api, id),
      api.get<GoalMap>(`/partners/programmes/${id}/goal-map`),
    ]);
    return { programme, members, map };
  }, `programme:${id}`);
  const title = loaded.state === 'ready' ? loaded.data.programme.name : t('Program', 'Programme');
  return (
    <Page title={title} crumbs={[{ href: '/', label: t('Programmer', 'Programmes') }]}>
      <Await loaded={loaded}>
        {({ programme, members, map }) => {
          // Columns of the goal map: every member that works on some goal.
          const columns = new Map<string, string>();
          for (const goal of map.goals)
            for (const member of goal.members) columns.set(member.organisationId, member.organisationName);
          return (
            <>
              <ProgrammeNav programmeId={id} name={programme.name} />
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
              <section aria-labelledby="members">
                <h2 id="members">{t('Medlemmer', 'Members')}</h2>
                <div className="table-wrap">
                  <table>
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
                          <td>{member.roles.map((role) => roleName(i18n, role)).join(', ')}</td>
                          <td>{i18n.formatDate(member.joinedOn)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              </section>
              <section aria-labelledby="goal-map">
                <h2 id="goal-map">{t('Mål × aktiviteter', 'Goals × activities')}</h2>
                <p className="muted">
                  {t(
                    'Hvilke medlemmer arbejder på hvilke mål, med antallet af aktiviteter.',
                    'Which members work on which goals, with the number of activities.',
                  )}
                </p>
                <div className="table-wrap">
                  <table className="goal-map">
                    <caption className="visually-hidden">
                      {t('Mål og medlemmernes aktiviteter', "Goals and the members' activities")}
                    </caption>
                    <thead>
                      <tr>
                        <th scope="col">{t('Mål', 'Goal')}</th>
                        {[...columns].map(([orgId, name]) => (
                          <th scope="col" key={orgId}>
                            {name}
                          </th>
                        ))}
                      </tr>
                    </thead>
                    <tbody>
                      {map.goals.map((goal) => {
                        const uncovered = map.uncoveredGoalIds.includes(goal.goalId);
                        return (
                          <tr key={goal.goalId} className={uncovered ? 'uncovered' : undefined}>
                            <th scope="row">
                              {goal.title}
                              {uncovered && (
                                <span className="badge badge-returned">
                                  {t('Ingen arbejder på målet', 'Nobody works on this goal')}
                                </span>
                              )}
                            </th>
                            {[...columns].map(([orgId]) => {
                              const count =
                                goal.members.find((member) => member.organisationId === orgId)?.activityIds
                                  .length ?? 0;
                              return (
                                <td key={orgId} className="num">
                                  {count > 0 ? (
                                    `✓ ${count}`
                                  ) : (
                                    <>
                                      <span aria-hidden="true">–</span>
                                      <span className="visually-hidden">{t('ingen', 'none')}</span>
                                    </>
                                  )}
                                </td>
                              );
                            })}
                          </tr>
                        );
                      })}
                    </tbody>
                  </table>
                </div>
              </section>
            </>
          );
        }}
      </Await>
    </Page>
  );
}
