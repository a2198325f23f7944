/** The programme's set-up pages, for its local navigation (each page shows controls by role). */
export function adminProgrammeLinks(
  t: (da: string, en: string) => string,
  id: string,
): { href: string; label: string }[] {
  return [
    { href: `/programmes/${id}/members`, label: t('Medlemmer', 'Members') },
    { href: `/programmes/${id}/activities`, label: t('Aktiviteter', 'Activities') },
    { href: `/programmes/${id}/people`, label: t('Hvem er hvem', 'Who is who') },
  ];
}
