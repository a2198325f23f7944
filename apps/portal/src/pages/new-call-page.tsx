import { CallForm } from '../grants/call-form.js';
import { loadProgrammeFunders } from '../grants/programme-funders.js';
import { useI18n } from '../i18n/i18n.js';
import { usePortal, useLoad } from '../portal-context.js';
import { Link } from '../router.js';
import { ProgrammeSection } from '../components/programme-section.js';

/** A funder's officer opens a new grant call in the programme. */
export function NewCallPage({ programmeId }: { programmeId: string }) {
  const { t } = useI18n();
  const { principal } = usePortal();
  const loaded = useLoad(
    (api) => loadProgrammeFunders(api, principal, programmeId),
    `funders:${programmeId}`,
  );
  return (
    <ProgrammeSection section={t('Ny ansøgningsrunde', 'New grant call')} loaded={loaded}>
      {({ programme, choices }) => (
        <>
          {choices.length > 0 ? (
            <CallForm programmeId={programme.id} choices={choices} />
          ) : (
            <p>
              {t(
                'Kun programmets bevillingsgiveres fondskonsulenter kan oprette ansøgningsrunder. ',
                "Only the officers of the programme's funders can create grant calls. ",
              )}
              <Link href={`/programmes/${programme.id}/calls`}>
                {t('Se programmets ansøgningsrunder', "See the programme's grant calls")}
              </Link>
            </p>
          )}
        </>
      )}
    </ProgrammeSection>
  );
}
