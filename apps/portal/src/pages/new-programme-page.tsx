import type { ProgrammeDto } from '@samvirke/contracts';
import { canCreateProgramme } from '../admin/access.js';
import { ProgrammeEditor } from '../admin/programme-editor.js';
import { createBody, EMPTY_PROGRAMME } from '../admin/programme-form.js';
import { Page } from '../components/page.js';
import { useI18n } from '../i18n/i18n.js';
import { usePortal } from '../portal-context.js';
import { navigate } from '../router.js';

/** A foundation officer (or a platform admin) starts a programme; the foundation becomes its funder. */
export function NewProgrammePage() {
  const { t } = useI18n();
  const { api, principal } = usePortal();
  const crumbs = [{ href: '/', label: t('Programmer', 'Programmes') }];
  return (
    <Page title={t('Opret et program', 'Create a programme')} crumbs={crumbs}>
      {canCreateProgramme(principal) ? (
        <>
          <p className="lead">
            {t(
              'Din fond bliver programmets første bevillingsgiver. Bagefter inviterer du medlemmerne og deres aktiviteter.',
              'Your foundation becomes the programme’s first funder. Afterwards you invite the members and their activities.',
            )}
          </p>
          <ProgrammeEditor
            draftKey="new-programme"
            initial={() => EMPTY_PROGRAMME}
            creating
            submitLabel={t('Opret programmet', 'Create the programme')}
            send={async (form) => {
              const programme = await api.send<ProgrammeDto>(
                'POST',
                '/partners/programmes',
                createBody(form),
              );
              navigate(`/programmes/${programme.id}/members`);
            }}
          />
        </>
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
