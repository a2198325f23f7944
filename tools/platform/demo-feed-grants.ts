/**
 * Demo data for the integration feed: the demo programmes are granted to the demo integration
 * client (samvirke-integration-demo), through the gateway as a platform admin would. The feed
 * learns programmes from partners' events, so a grant is retried until it knows the programme.
 */
import { DEMO_CLIENTS, DEMO_USERS, userToken, waitFor } from '@samvirke/testing';

export async function loadDemoFeedGrants(
  gateway: string,
  programmeIds: ReadonlyMap<string, string>,
): Promise<string> {
  const clientId = DEMO_CLIENTS.integration.clientId;
  let granted = 0;
  for (const programmeId of programmeIds.values()) {
    let status: number;
    try {
      status = await waitFor(
        `the feed to know programme ${programmeId}`,
        async () => {
          const response = await fetch(`${gateway}/api/feed/grants/${clientId}/programmes/${programmeId}`, {
            method: 'PUT',
            headers: { authorization: `Bearer ${await userToken(DEMO_USERS.admin.username)}` },
          });
          await response.arrayBuffer();
          return response.status === 422 ? undefined : response.status;
        },
        { timeoutMs: 30_000, intervalMs: 500 },
      );
    } catch (error) {
      // The platform runs without the feed grants; say so rather than fail the start.
      return `feed grants not loaded (${error instanceof Error ? error.message : String(error)})`;
    }
    if (status === 502 || status === 503 || status === 504)
      return 'the event feed is not running; no feed grants';
    if (status !== 200)
      throw new Error(`granting programme ${programmeId} to ${clientId} failed with ${status}`);
    granted += 1;
  }
  return `${granted} programmes granted to ${clientId} in the event feed`;
}
