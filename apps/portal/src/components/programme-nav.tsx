import { adminProgrammeLinks } from '../admin/admin-links.js';
import { useI18n } from '../i18n/i18n.js';
import { measurementAdminLinks } from '../measurement-admin/measurement-roles.js';
import { usePortal } from '../portal-context.js';
import { programmeLinks } from '../programmes.js';
import { Tabs } from './tabs.js';

export function ProgrammeNav({ programmeId, name }: { programmeId: string; name: string }) {
  const { t } = useI18n();
  const { principal } = usePortal();
  return (
    <Tabs
      label={t(`Programmet ${name}`, `Programme ${name}`)}
      links={[
        ...programmeLinks(t, principal, programmeId),
        ...measurementAdminLinks(t, principal, programmeId),
        ...adminProgrammeLinks(t, programmeId),
        ...(principal.roles.some((role) => role === 'platform-admin' || role === 'backbone-coordinator')
          ? [{ href: `/programmes/${programmeId}/audit`, label: t('Revisionsspor', 'Audit trail') }]
          : []),
      ]}
    />
  );
}
