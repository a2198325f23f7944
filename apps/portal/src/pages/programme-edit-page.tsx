import { canManageProgramme } from '../admin/access.js';
import { loadProgrammeWithMembers, type ProgrammeWithMembers } from '../admin/admin-load.js';
import { ProgrammeEditor } from '../admin/programme-editor.js';
import { programmeFormOf, updateBody } from '../admin/programme-form.js';
import { useI18n } from '../i18n/i18n.js';
import { useLoad, usePortal } from '../portal-context.js';
import { navigate } from '../router.js';
import { ProgrammeSection } from '../components/programme-section.js';

/** The common agenda's edit form, for the programme's managers. */
export function ProgrammeEditPage({ programmeId }: { programmeId: string }) {
  const { t } = useI18n();
  const loaded = useLoad(
    (api) => loadProgrammeWithMembers(api, programmeId),
    `programme-edit:${programmeId}`,
  );
  return (
    <ProgrammeSection section={t('Rediger dagsorden', 'Edit the agenda')} loaded={loaded}>
      {(view) => <EditAgenda {...view} />}
    </ProgrammeSection>
  );
}

function EditAgenda({ programme, members }: ProgrammeWithMembers) {
  const { t } = useI18n();
  const { api, principal } = usePortal();
  if (!canManageProgramme(principal, members))
    return (
      <p>
        {t(
          'Kun programmets bevillingsgivere, backbone-organisation og platformsadministratorer ændrer dagsordenen.',
          "Only the programme's funders, its backbone and platform admins change the agenda.",
        )}
      </p>
    );
  return (
    <ProgrammeEditor
      draftKey={`programme-edit:${programme.id}`}
      initial={() => programmeFormOf(programme)}
      creating={false}
      backbones={members
        .filter((member) => member.roles.includes('backbone'))
        .map((member) => ({ value: member.organisationId, label: member.organisationName }))}
      submitLabel={t('Gem dagsordenen', 'Save the agenda')}
      send={async (form) => {
        await api.send('PATCH', `/partners/programmes/${programme.id}`, updateBody(form));
        navigate(`/programmes/${programme.id}`);
      }}
    />
  );
}
