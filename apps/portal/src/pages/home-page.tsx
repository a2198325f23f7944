import type { Page as PageOf, ProgrammeDto } from '@samvirke/contracts';
import { CreateProgrammeLink, NoProgrammes } from '../admin/programme-actions.js';
import { Page } from '../components/page.js';
import { Await, StatusBadge } from '../components/status.js';
import { useI18n } from '../i18n/i18n.js';
import { statusName } from '../i18n/terms.js';
import { usePortal, useLoad } from '../portal-context.js';
import { programmeLinks } from '../programmes.js';
import { Link } from '../router.js';

export function HomePage() {
  const { t } = useI18n();
  const programmes = useLoad(
    (api) => api.get<PageOf<ProgrammeDto>>('/partners/programmes?limit=200'),
    'programmes',
  );
  return (
    <Page title={t('Dine programmer', 'Your programmes')}>
      <CreateProgrammeLink />
      <Await loaded={programmes}>
        {(page) =>
          page.items.length === 0 ? (
            <NoProgrammes />
          ) : (
            <ul className="cards">
              {page.items.map((programme) => (
                <ProgrammeCard key={programme.id} programme={programme} />
              ))}
            </ul>
          )
        }
      </Await>
    </Page>
  );
}

/** A programme with its status, dates and vision, and links to the pages of it the user may see. */
function ProgrammeCard({ programme }: { programme: ProgrammeDto }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { principal } = usePortal();
  return (
    <li className="card">
      <h2>
        <Link href={`/programmes/${programme.id}`}>{programme.name}</Link>
      </h2>
      <p>
        <StatusBadge status={programme.status} label={statusName(i18n, programme.status)} />{' '}
        <span className="muted">
          {t('Fra', 'From')} {i18n.formatDate(programme.startDate)}
          {programme.endDate ? ` ${t('til', 'to')} ${i18n.formatDate(programme.endDate)}` : ''}
        </span>
      </p>
      <p className="clamp">{programme.vision}</p>
      <ul
        className="inline-links"
        aria-label={t(`Sider for ${programme.name}`, `Pages of ${programme.name}`)}
      >
        {programmeLinks(t, principal, programme.id)
          .slice(1)
          .map((link) => (
            <li key={link.href}>
              <Link href={link.href}>{link.label}</Link>
            </li>
          ))}
      </ul>
    </li>
  );
}
