import type { ProgrammeDto } from '@samvirke/contracts';
import { canCreateProgramme, isAdmin } from '../admin/access.js';
import { loadFoundationChoices } from '../admin/admin-load.js';
import { ProgrammeEditor } from '../admin/programme-editor.js';
import type { Choice } from '../admin/programme-fields.js';
import { createBody, EMPTY_PROGRAMME } from '../admin/programme-form.js';
import { Page } from '../components/page.js';
import { Await } from '../components/status.js';
import { useI18n } from '../i18n/i18n.js';
import { useLoad, usePortal } from '../portal-context.js';
import { navigate } from '../router.js';

/** A foundation officer (or a platform admin) starts a programme; the foundation becomes its funder. */
export function NewProgrammePage() {
  const { t } = useI18n();
  const { principal } = usePortal();
  const crumbs = [{ href: '/', label: t('Programmer', 'Programmes') }];
  return (
    <Page title={t('Opret et program', 'Create a programme')} crumbs={crumbs}>
      {canCreateProgramme(principal) ? (
        <NewProgramme />
      ) : (
        <p>
          {t(
            'Kun fondskonsulenter og platformsadministratorer opretter programmer.',
            'Only foundation officers and platform admins create programmes.',
          )}
        </p>
      )}
    </Page>
  );
}

/** A platform admin names the funding foundation; an officer's own foundation funds it. */
function NewProgramme() {
  const { principal } = usePortal();
  const admin = isAdmin(principal);
  const funders = useLoad<Choice[] | undefined>(
    (api) => (admin ? loadFoundationChoices(api) : Promise.resolve(undefined)),
    `foundations:${admin}`,
  );
  return <Await loaded={funders}>{(choices) => <CreateProgramme funders={choices} />}</Await>;
}

function CreateProgramme({ funders }: { funders: Choice[] | undefined }) {
  const { t } = useI18n();
  const { api } = usePortal();
  return (
    <>
      <p className="lead">
        {funders
          ? t(
              'Den valgte fond bliver programmets første bevillingsgiver. Bagefter inviteres medlemmerne og deres aktiviteter.',
              'The chosen foundation becomes the programme’s first funder. Afterwards the members and their activities are invited.',
            )
          : t(
              'Din fond bliver programmets første bevillingsgiver. Bagefter inviterer du medlemmerne og deres aktiviteter.',
              'Your foundation becomes the programme’s first funder. Afterwards you invite the members and their activities.',
            )}
      </p>
      <ProgrammeEditor
        draftKey="new-programme"
        initial={() => EMPTY_PROGRAMME}
        creating
        funders={funders}
        submitLabel={t('Opret programmet', 'Create the programme')}
        send={async (form) => {
          const programme = await api.send<ProgrammeDto>('POST', '/partners/programmes', createBody(form));
          navigate(`/programmes/${programme.id}/members`);
        }}
      />
    </>
  );
}
