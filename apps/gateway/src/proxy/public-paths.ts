/**
 * The few service paths that answer without a bearer token, because their caller cannot log in:
 * a person's calendar feed, which calendar programs fetch by its address alone, and the signed
 * unsubscribe link of an e-mail, followed by its reader or posted by their mail program (RFC 8058)
 * (the token in each is the key, checked by notifications). Only a plain path of that shape is let
 * through; like every caller without a token, they are rate limited by address.
 */
const PUBLIC: Readonly<Record<string, RegExp>> = {
  notifications:
    /^\/(?:calendar\/feeds\/[A-Za-z0-9_-]{1,100}|unsubscribe\/v1\.[A-Za-z0-9_-]{1,300}\.[A-Za-z0-9_-]{1,100})$/,
};

export function isPublicServicePath(service: string, rest: string): boolean {
  const query = rest.indexOf('?');
  const path = query < 0 ? rest : rest.slice(0, query);
  return PUBLIC[service]?.test(path) ?? false;
}
