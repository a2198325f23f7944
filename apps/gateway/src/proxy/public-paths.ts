/**
 * The few service paths that answer without a bearer token, because their caller cannot log in:
 * a person's calendar feed, which calendar programs fetch by its address alone (the private token
 * in it is the key, checked by notifications). Only a plain path of that shape is let through.
 */
const PUBLIC: Readonly<Record<string, RegExp>> = {
  notifications: /^\/calendar\/feeds\/[A-Za-z0-9_-]{1,100}$/,
};

export function isPublicServicePath(service: string, rest: string): boolean {
  const query = rest.indexOf('?');
  const path = query < 0 ? rest : rest.slice(0, query);
  return PUBLIC[service]?.test(path) ?? false;
}
