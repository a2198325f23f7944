import { canManageProgramme } from '../admin/access.js';
import { loadActiveOrganisations, loadProgrammeWithMembers } from '../admin/admin-load.js';
import { InviteMember } from '../admin/invite-member.js';
import { MemberRow } from '../admin/member-row.js';
import { Page } from '../components/page.js';
import { ProgrammeNav } from '../components/programme-nav.js';
import { Await } from '../components/status.js';
import { useI18n } from '../i18n/i18n.js';
import { useLoad, usePortal } from '../portal-context.js';
import { programmeHeading } from '../programmes.js';

/** The programme's members and roles; its managers invite organisations, change roles, end memberships. */
export function ProgrammeMembersPage({ programmeId }: { programmeId: string }) {
  const { t } = useI18n();
  const { principal } = usePortal();
  const loaded = useLoad(async (api) => {
    const [view, organisations] = await Promise.all([
      loadProgrammeWithMembers(api, programmeId),
      loadActiveOrganisations(api),
    ]);
    return { ...view, organisations };
  }, `programme-members:${programmeId}`);
  const heading = programmeHeading(
    t,
    t('Medlemmer', 'Members'),
    loaded.state === 'ready' ? loaded.data.programme : undefined,
  );
  return (
    <Page title={heading.title} crumbs={heading.crumbs}>
      <Await loaded={loaded}>
        {({ programme, members, organisations }, reload) => {
          const manage = canManageProgramme(principal, members);
          const memberIds = new Set(members.map((member) => member.organisationId));
          return (
            <>
              <ProgrammeNav programmeId={programmeId} name={programme.name} />
              {members.length <= 1 && (
                <p className="notice">
                  {manage
                    ? t(
                        'Programmet har kun sin første bevillingsgiver som medlem. Inviter backbone-organisationen og partnerne nedenfor.',
                        'The programme has only its first funder as a member. Invite the backbone organisation and the partners below.',
                      )
                    : t(
                        'Programmet har ingen andre medlemmer endnu.',
                        'The programme has no other members yet.',
                      )}{' '}
                  {manage && <a href="#invite">{t('Gå til invitationen', 'Go to the invitation')}</a>}
                </p>
              )}
              <div className="table-wrap">
                <table className="stack">
                  <caption>
                    {t('Nuværende medlemmer og deres roller', 'Current members and their roles')}
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('Organisation', 'Organisation')}</th>
                      <th scope="col">{t('Roller', 'Roles')}</th>
                      <th scope="col">{t('Medlem siden', 'Member since')}</th>
                      {manage && <th scope="col">{t('Handlinger', 'Actions')}</th>}
                    </tr>
                  </thead>
                  <tbody>
                    {members.map((member) => (
                      <MemberRow
                        key={member.id}
                        programmeId={programmeId}
                        member={member}
                        manage={manage}
                        onChanged={reload}
                      />
                    ))}
                  </tbody>
                </table>
              </div>
              {manage && (
                <InviteMember
                  programmeId={programmeId}
                  organisations={organisations.filter((organisation) => !memberIds.has(organisation.id))}
                  onInvited={reload}
                />
              )}
            </>
          );
        }}
      </Await>
    </Page>
  );
}
