import { useI18n } from '../i18n/i18n.js';

/** What everyone but a platform admin sees on the organisation administration pages. */
export function AdminOnly() {
  const { t } = useI18n();
  return (
    <p>
      {t(
        'Kun platformsadministratorer registrerer og ændrer organisationer. Kontakt Samvirkes drift, hvis din organisation mangler eller har forkerte oplysninger.',
        "Only platform admins register and change organisations. Contact Samvirke's operations if your organisation is missing or its details are wrong.",
      )}
    </p>
  );
}
