import type { OrganisationDto } from '@samvirke/contracts';
import { useState } from 'react';
import { ErrorMessage } from '../components/status.js';
import { useI18n } from '../i18n/i18n.js';
import { usePortal } from '../portal-context.js';

/** Archives an organisation (it can no longer join programmes), or takes it out of the archive. */
export function ArchiveOrganisation({
  organisation,
  onChanged,
}: {
  organisation: OrganisationDto;
  onChanged: () => void;
}) {
  const { t } = useI18n();
  const { api } = usePortal();
  const [failure, setFailure] = useState<unknown>(null);
  const toggle = (): void =>
    void api
      .send('PATCH', `/partners/organisations/${organisation.id}`, { archived: !organisation.archived })
      .then(onChanged, setFailure);
  return (
    <section aria-labelledby="archive">
      <h2 id="archive">{t('Arkivering', 'Archiving')}</h2>
      <p>
        {organisation.archived
          ? t(
              'Organisationen er arkiveret og kan ikke blive medlem af nye programmer.',
              'The organisation is archived and cannot join new programmes.',
            )
          : t(
              'En arkiveret organisation bevarer sin historik, men kan ikke blive medlem af nye programmer.',
              'An archived organisation keeps its history but cannot join new programmes.',
            )}
      </p>
      {failure !== null && <ErrorMessage error={failure} />}
      <button type="button" onClick={toggle}>
        {organisation.archived
          ? t('Tag organisationen ud af arkivet', 'Take the organisation out of the archive')
          : t('Arkivér organisationen', 'Archive the organisation')}
      </button>
    </section>
  );
}
