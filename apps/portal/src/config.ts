/** Run-time settings served by the portal's server as /config.json (see vite.config.ts). */
export interface PortalConfig {
  readonly keycloakUrl: string;
  readonly realm: string;
  readonly clientId: string;
  readonly apiUrl: string;
}

export async function loadConfig(): Promise<PortalConfig> {
  const response = await fetch('/config.json', { cache: 'no-store' });
  if (!response.ok) throw new Error(`config.json: ${response.status}`);
  return (await response.json()) as PortalConfig;
}
