import type { Principal } from '../auth/session.js';

/**
 * Who sees the set-up controls: the roles the measurement service lets define, version and retire
 * indicators and run a programme's measurement (the service narrows it to the programme's backbone).
 */
export function mayRunMeasurement(principal: Principal | null): boolean {
  return (
    principal !== null &&
    principal.roles.some((role) => role === 'backbone-coordinator' || role === 'platform-admin')
  );
}

/** The programme's measurement set-up, for its local navigation (only for those who may run it). */
export function measurementAdminLinks(
  t: (da: string, en: string) => string,
  principal: Principal,
  programmeId: string,
): { href: string; label: string }[] {
  return mayRunMeasurement(principal)
    ? [{ href: `/programmes/${programmeId}/measurement`, label: t('Måling', 'Measurement') }]
    : [];
}
