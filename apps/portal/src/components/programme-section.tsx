import type { ProgrammeDto } from '@samvirke/contracts';
import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n.js';
import type { Loaded } from '../portal-context.js';
import { programmeHeading } from '../programmes.js';
import { Page } from './page.js';
import { ProgrammeNav } from './programme-nav.js';
import { Await } from './status.js';

/**
 * One section of a programme's pages: "<section> – <programme>" as title with the crumbs back to it
 * once the data is there, the loading line or error until then, and the programme's tabs above the
 * content. Every programme page is one of these, so a new one only says what it loads and shows.
 */
export function ProgrammeSection<T extends { programme: Pick<ProgrammeDto, 'id' | 'name'> }>({
  section,
  loaded,
  children,
}: {
  section: string;
  loaded: Loaded<T>;
  children: (data: T, reload: () => void) => ReactNode;
}) {
  const { t } = useI18n();
  const heading = programmeHeading(t, section, loaded.state === 'ready' ? loaded.data.programme : undefined);
  return (
    <Page title={heading.title} crumbs={heading.crumbs}>
      <Await loaded={loaded}>
        {(data, reload) => (
          <>
            <ProgrammeNav programmeId={data.programme.id} name={data.programme.name} />
            {children(data, reload)}
          </>
        )}
      </Await>
    </Page>
  );
}
