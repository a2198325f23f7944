/**
 * A service's own operational endpoints (metrics, health) are for the platform's operators on
 * the service's port, not for API callers: the gateway never forwards them. The path is judged
 * as the service's router will see it — percent-decoded, dot segments resolved, repeated slashes
 * collapsed — so /%6detrics, //metrics or /x/../metrics are refused like /metrics.
 */
const INTERNAL = /^\/(metrics|health)(\/|$)/i;

export function isServiceInternalPath(rest: string): boolean {
  const path = rest.split('?', 1)[0] ?? '';
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return false; // undecodable: the router answers 400 anyway
  }
  const resolved = new URL(decoded.replace(/\/+/g, '/'), 'http://service.invalid').pathname;
  return INTERNAL.test(resolved.replace(/\/+/g, '/'));
}
