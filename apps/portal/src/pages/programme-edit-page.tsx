import { canManageProgramme } from '../admin/access.js';
import { ProgrammeEditor } from '../admin/programme-editor.js';
import { programmeFormOf, updateBody } from '../admin/programme-form.js';
import { Page } from '../components/page.js';
import { ProgrammeNav } from '../components/programme-nav.js';
import { Await } from '../components/status.js';
import { useI18n } from '../i18n/i18n.js';
import { useLoad, usePortal } from '../portal-context.js';
import { loadMembers, loadProgramme, programmeHeading } from '../programmes.js';
import { navigate } from '../router.js';

/** The common agenda's edit form, for the programme's managers. */
export function ProgrammeEditPage({ programmeId }: { programmeId: string }) {
  const { t } = useI18n();
  const { api, principal } = usePortal();
  const loaded = useLoad(async (client) => {
    const [programme, members] = await Promise.all([
      loadProgramme(client, programmeId),
      loadMembers(client, programmeId),
    ]);
    return { programme, members };
  }, `programme-edit:${programmeId}`);
  const heading = programmeHeading(
    t,
    t('Rediger dagsorden', 'Edit the agenda'),
    loaded.state === 'ready' ? loaded.data.programme : undefined,
  );
  return (
    <Page title={heading.title} crumbs={heading.crumbs}>
      <Await loaded={loaded}>
        {({ programme, members }) => (
          <>
            <ProgrammeNav programmeId={programmeId} name={programme.name} />
            {canManageProgramme(principal, members) ? (
              <ProgrammeEditor
                draftKey={`programme-edit:${programmeId}`}
                initial={() => programmeFormOf(programme)}
                creating={false}
                submitLabel={t('Gem dagsordenen', 'Save the agenda')}
                send={async (form) => {
                  await api.send('PATCH', `/partners/programmes/${programmeId}`, updateBody(form));
                  navigate(`/programmes/${programmeId}`);
                }}
              />
            ) : (
              <p>
                {t(
                  'Kun programmets bevillingsgivere, backbone-organisation og platformsadministratorer ændrer dagsordenen.',
                  "Only the programme's funders, its backbone and platform admins change the agenda.",
                )}
              </p>
            )}
          </>
        )}
      </Await>
    </Page>
  );
}
