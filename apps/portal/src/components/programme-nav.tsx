import { useI18n } from '../i18n/i18n.js';
import { usePortal } from '../portal-context.js';
import { programmeLinks } from '../programmes.js';
import { Link, usePath } from '../router.js';

export function ProgrammeNav({ programmeId, name }: { programmeId: string; name: string }) {
  const { t } = useI18n();
  const { principal } = usePortal();
  const path = usePath();
  return (
    <nav aria-label={t(`Programmet ${name}`, `Programme ${name}`)} className="tabs">
      <ul>
        {programmeLinks(t, principal, programmeId).map((link) => (
          <li key={link.href}>
            <Link href={link.href} aria-current={path === link.href ? 'page' : undefined}>
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
