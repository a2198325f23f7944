import type { MembershipDto, OrganisationDto } from '@samvirke/contracts';
import { canManageProgramme } from '../admin/access.js';
import {
  loadActiveOrganisations,
  loadProgrammeWithMembers,
  type ProgrammeWithMembers,
} from '../admin/admin-load.js';
import { InviteMember } from '../admin/invite-member.js';
import { MemberRow } from '../admin/member-row.js';
import { ColumnHeads } from '../components/data-table.js';
import { TableWrap } from '../components/table-wrap.js';
import { MembersDownloads } from '../exports/members-downloads.js';
import { useI18n } from '../i18n/i18n.js';
import { useLoad, usePortal } from '../portal-context.js';
import { ProgrammeSection } from '../components/programme-section.js';

type MembersView = ProgrammeWithMembers & { organisations: OrganisationDto[] };

/** The programme's members and roles; its managers invite organisations, change roles, end memberships. */
export function ProgrammeMembersPage({ programmeId }: { programmeId: string }) {
  const { t } = useI18n();
  const loaded = useLoad<MembersView>(async (api) => {
    const [view, organisations] = await Promise.all([
      loadProgrammeWithMembers(api, programmeId),
      loadActiveOrganisations(api),
    ]);
    return { ...view, organisations };
  }, `programme-members:${programmeId}`);
  return (
    <ProgrammeSection section={t('Medlemmer', 'Members')} loaded={loaded}>
      {(view, reload) => <Members view={view} reload={reload} />}
    </ProgrammeSection>
  );
}

function Members({ view, reload }: { view: MembersView; reload: () => void }) {
  const { principal } = usePortal();
  const { programme, members, organisations } = view;
  const manage = canManageProgramme(principal, members);
  const memberIds = new Set(members.map((member) => member.organisationId));
  return (
    <>
      {members.length <= 1 && <FewMembers manage={manage} />}
      <MembersTable programmeId={programme.id} members={members} manage={manage} reload={reload} />
      <MembersDownloads programmeName={programme.name} members={members} />
      {manage && (
        <InviteMember
          programmeId={programme.id}
          organisations={organisations.filter((organisation) => !memberIds.has(organisation.id))}
          onInvited={reload}
        />
      )}
    </>
  );
}

/** Only the first funder so far: what comes next, and the way to it. */
function FewMembers({ manage }: { manage: boolean }) {
  const { t } = useI18n();
  if (!manage)
    return (
      <p className="notice">
        {t('Programmet har ingen andre medlemmer endnu.', 'The programme has no other members yet.')}
      </p>
    );
  return (
    <p className="notice">
      {t(
        'Programmet har kun sin første bevillingsgiver som medlem. Inviter backbone-organisationen og partnerne nedenfor.',
        'The programme has only its first funder as a member. Invite the backbone organisation and the partners below.',
      )}{' '}
      <a href="#invite">{t('Gå til invitationen', 'Go to the invitation')}</a>
    </p>
  );
}

function MembersTable({
  programmeId,
  members,
  manage,
  reload,
}: {
  programmeId: string;
  members: readonly MembershipDto[];
  manage: boolean;
  reload: () => void;
}) {
  const { t } = useI18n();
  return (
    <TableWrap label={t('Nuværende medlemmer og deres roller', 'Current members and their roles')}>
      <table className="stack">
        <caption>{t('Nuværende medlemmer og deres roller', 'Current members and their roles')}</caption>
        <ColumnHeads
          columns={[
            t('Organisation', 'Organisation'),
            t('Roller', 'Roles'),
            t('Medlem siden', 'Member since'),
            ...(manage ? [t('Handlinger', 'Actions')] : []),
          ]}
        />
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
    </TableWrap>
  );
}
