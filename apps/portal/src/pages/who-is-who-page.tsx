import type { ProgrammeDto, ProgrammeMemberPeople } from '@samvirke/contracts';
import { DownloadButtons } from '../exports/download-buttons.js';
import { peopleTable, rolesText } from '../exports/partners-rows.js';
import { useI18n, type I18n } from '../i18n/i18n.js';
import { roleName } from '../i18n/terms.js';
import { useLoad, usePortal } from '../portal-context.js';
import { loadProgramme } from '../programmes.js';
import { Link } from '../router.js';
import { ProgrammeSection } from '../components/programme-section.js';

/** Who is who: each member organisation with its roles in the programme and its named contacts. */
export function WhoIsWhoPage({ programmeId }: { programmeId: string }) {
  const { t } = useI18n();
  const loaded = useLoad(async (api) => {
    const [programme, people] = await Promise.all([
      loadProgramme(api, programmeId),
      api.get<ProgrammeMemberPeople[]>(`/partners/programmes/${programmeId}/people`),
    ]);
    return { programme, people };
  }, `people:${programmeId}`);
  return (
    <ProgrammeSection section={t('Hvem er hvem', 'Who is who')} loaded={loaded}>
      {({ programme, people }) => (
        <>
          <ul className="cards">
            {people.map((member) => (
              <MemberCard key={member.organisationId} member={member} programme={programme} />
            ))}
          </ul>
          <PeopleDownloads programme={programme} people={people} />
        </>
      )}
    </ProgrammeSection>
  );
}

/** The member's roles; the programme's backbone organisation is named so even without the role. */
function memberRoles(i18n: I18n, member: ProgrammeMemberPeople, programme: ProgrammeDto): string {
  const backbone =
    programme.backboneOrganisationId === member.organisationId && !member.roles.includes('backbone');
  return `${rolesText(i18n, member.roles)}${backbone ? ` (${roleName(i18n, 'backbone')})` : ''}`;
}

/** Everybody on the page, one row per contact, named after the programme. */
function PeopleDownloads({
  programme,
  people,
}: {
  programme: ProgrammeDto;
  people: ProgrammeMemberPeople[];
}) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <DownloadButtons
      caption={t('kontaktpersoner pr. organisation', 'contacts per organisation')}
      {...peopleTable(people, (member) => memberRoles(i18n, member, programme), i18n)}
      fileName={t(`${programme.name}-hvem-er-hvem`, `${programme.name}-who-is-who`)}
    />
  );
}

function MemberCard({ member, programme }: { member: ProgrammeMemberPeople; programme: ProgrammeDto }) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <li className="card">
      <h2>{member.organisationName}</h2>
      <p>
        {t('Roller', 'Roles')}: {memberRoles(i18n, member, programme)}
      </p>
      {member.contacts.length === 0 ? <NoContacts member={member} /> : <ContactList member={member} />}
    </li>
  );
}

/** No contacts: the organisation's own users (and admins) learn where to add them. */
function NoContacts({ member }: { member: ProgrammeMemberPeople }) {
  const { t } = useI18n();
  const { principal } = usePortal();
  const own =
    principal.organisations.includes(member.organisationId) || principal.roles.includes('platform-admin');
  return (
    <p className="muted">
      {t('Ingen kontaktpersoner oplyst.', 'No contacts given.')}{' '}
      {own && (
        <Link href={`/organisations/${member.organisationId}`}>
          {t(
            `Tilføj kontaktpersoner for ${member.organisationName}`,
            `Add contacts of ${member.organisationName}`,
          )}
        </Link>
      )}
    </p>
  );
}

function ContactList({ member }: { member: ProgrammeMemberPeople }) {
  const { t } = useI18n();
  return (
    <ul
      aria-label={t(
        `Kontaktpersoner hos ${member.organisationName}`,
        `Contacts at ${member.organisationName}`,
      )}
    >
      {member.contacts.map((contact) => (
        <li key={contact.id}>
          <strong>{contact.name}</strong>, {contact.role} –{' '}
          <a href={`mailto:${contact.email}`}>{contact.email}</a>
        </li>
      ))}
    </ul>
  );
}
