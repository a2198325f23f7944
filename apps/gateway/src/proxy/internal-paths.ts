/**
 * A service's own operational endpoints (metrics, health) are for the platform's operators on
 * the service's port, not for API callers: the gateway never forwards them. The path is judged
 * as the service's router will see it — percent-decoded, dot segments resolved, repeated slashes
 * collapsed — so /%6detrics, //metrics or /x/../metrics are refused like /metrics.
 */
const INTERNAL = /^\/(metrics|health)(\/|$)/i;

/** A path a router reads as written: no escapes, dots, backslashes or repeated slashes. */
const PLAIN = /^(\/[A-Za-z0-9_~-]+)*\/?$/;

export function isServiceInternalPath(rest: string): boolean {
  const query = rest.indexOf('?');
  const path = query < 0 ? rest : rest.slice(0, query);
  // Most paths are plain (ids, names): nothing to decode or resolve, so they are judged as they are.
  if (PLAIN.test(path)) return INTERNAL.test(path);
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return false; // undecodable: the router answers 400 anyway
  }
  const resolved = new URL(decoded.replace(/\/+/g, '/'), 'http://service.invalid').pathname;
  return INTERNAL.test(resolved.replace(/\/+/g, '/'));
}
