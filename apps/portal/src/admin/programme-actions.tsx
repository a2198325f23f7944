import type { MembershipDto } from '@samvirke/contracts';
import { useI18n } from '../i18n/i18n.js';
import { usePortal } from '../portal-context.js';
import { Link } from '../router.js';
import { canCreateProgramme, canManageProgramme } from './access.js';

/** On a programme's overview, for its managers: the way to edit the agenda and the members. */
export function ManageProgrammeLinks({
  programmeId,
  members,
}: {
  programmeId: string;
  members: readonly MembershipDto[];
}) {
  const { t } = useI18n();
  const { principal } = usePortal();
  if (!canManageProgramme(principal, members)) return null;
  return (
    <ul className="inline-links" aria-label={t('Administrer programmet', 'Manage the programme')}>
      <li>
        <Link href={`/programmes/${programmeId}/edit`}>{t('Rediger dagsordenen', 'Edit the agenda')}</Link>
      </li>
      <li>
        <Link href={`/programmes/${programmeId}/members`}>{t('Inviter medlemmer', 'Invite members')}</Link>
      </li>
      <li>
        <Link href={`/programmes/${programmeId}/activities`}>
          {t('Registrer aktiviteter', 'Register activities')}
        </Link>
      </li>
    </ul>
  );
}

/** On the list of programmes, for those who may start one. */
export function CreateProgrammeLink() {
  const { t } = useI18n();
  const { principal } = usePortal();
  if (!canCreateProgramme(principal)) return null;
  return (
    <p>
      <Link href="/programmes/new" className="button-link">
        {t('Opret et program', 'Create a programme')}
      </Link>
    </p>
  );
}

/** No programmes yet: what to do next depends on who is looking. */
export function NoProgrammes() {
  const { t } = useI18n();
  const { principal } = usePortal();
  return canCreateProgramme(principal) ? (
    <p className="notice">
      {t('Der er ingen programmer endnu.', 'There are no programmes yet.')}{' '}
      <Link href="/programmes/new">{t('Opret det første program', 'Create the first programme')}</Link>
    </p>
  ) : (
    <p className="notice">
      {t(
        'Din organisation deltager ikke i nogen programmer endnu. Programmets bevillingsgiver eller backbone-organisation inviterer jer.',
        "Your organisation takes part in no programmes yet. A programme's funder or backbone organisation invites you.",
      )}
    </p>
  );
}
