/**
 * A browser's federated login, driven with fetch: the portal's authorization code flow (PKCE) in
 * the samvirke realm, handed by Keycloak to the demo municipal IdP (realm kommune-idp, SAML 2.0
 * with signed assertions), the IdP's login form, the SAML response posted back, and the code
 * exchanged for tokens. Every step is the real Keycloak's; only the clicking is left out.
 */
import { createHash, randomBytes } from 'node:crypto';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { DEMO_PASSWORD } from './demo-identities.js';

export const FEDERATED_IDP_ALIAS = 'kommune-idp';
/** The demo Entra ID–style OIDC IdP of one organisation (Aarhus Kommune), realm aarhus-entra. */
export const ORGANISATION_OIDC_IDP_ALIAS = 'aarhus-entra';
const PORTAL_CLIENT = 'samvirke-portal';
const REDIRECT_URI = 'http://127.0.0.1:5174/';

/** The IdP's SAML response as the browser posts it to the samvirke realm (to post again in a test). */
export interface SamlPost {
  readonly action: string;
  readonly fields: Readonly<Record<string, string>>;
}

export type FederatedLogin = (
  | { readonly ok: true; readonly accessToken: string }
  | { readonly ok: false; readonly status: number; readonly page: string }
) & { readonly samlPost?: SamlPost };

export interface FederatedLoginOptions {
  readonly password?: string;
  /** The samvirke realm's identity provider to log in through (default: the SAML IdP). */
  readonly idp?: string;
  /** Changes the SAML response's XML on its way back (a forged or stripped assertion). */
  readonly alterResponse?: (xml: string) => string;
  /** Runs before the browser posts the SAML response on (e.g. waits for the assertion to expire). */
  readonly beforePost?: (xml: string) => Promise<void>;
  /** Sends the SAML AuthnRequest to this realm instead of kommune-idp: an impostor IdP answers it. */
  readonly impostorRealm?: string;
}

/** Cookies by name and path, as a browser keeps them for one host (both realms live on it). */
class CookieJar {
  private readonly cookies = new Map<string, { name: string; value: string; path: string }>();

  store(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';');
      const name = pair.slice(0, pair.indexOf('=')).trim();
      const value = pair.slice(pair.indexOf('=') + 1).trim();
      const path = /^\s*path=(.*)$/i.exec(attributes.find((a) => /^\s*path=/i.test(a)) ?? '')?.[1] ?? '/';
      const expired = attributes.some((a) => /max-age=0\b/i.test(a)) || value === '';
      if (expired) this.cookies.delete(`${name};${path}`);
      else this.cookies.set(`${name};${path}`, { name, value, path });
    }
  }

  header(url: URL): string {
    return [...this.cookies.values()]
      .filter((cookie) => url.pathname.startsWith(cookie.path.replace(/\/$/, '')))
      .map((cookie) => `${cookie.name}=${cookie.value}`)
      .join('; ');
  }
}

function keycloakUrl(): string {
  return (process.env['KEYCLOAK_URL'] ?? 'http://127.0.0.1:8080').replace(/\/$/, '');
}

const decodeHtml = (text: string): string =>
  text
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');

/** The first form of an HTML page: its action and its hidden or pre-filled inputs. */
export function firstForm(html: string): { action: string; fields: Record<string, string> } | undefined {
  const form = /<form\b[^>]*\baction="([^"]*)"[^>]*>([\s\S]*?)<\/form>/i.exec(html);
  if (!form) return undefined;
  const fields: Record<string, string> = {};
  for (const input of (form[2] ?? '').matchAll(/<input\b[^>]*>/gi)) {
    const name = /\bname="([^"]*)"/i.exec(input[0])?.[1];
    const value = /\bvalue="([^"]*)"/i.exec(input[0])?.[1] ?? '';
    if (name) fields[name] = decodeHtml(value);
  }
  return { action: decodeHtml(form[1] ?? ''), fields };
}

class Browser {
  private readonly jar = new CookieJar();

  /** Follows redirects until a page answers, or until one leads to `stopAt`. */
  async go(
    url: string,
    init: RequestInit = {},
    stopAt = REDIRECT_URI,
  ): Promise<{ url: string; response: Response }> {
    let current = new URL(url);
    let request = init;
    for (let hop = 0; hop < 20; hop += 1) {
      const headers = new Headers(request.headers);
      const cookie = this.jar.header(current);
      if (cookie) headers.set('cookie', cookie);
      const response = await fetch(current, { ...request, headers, redirect: 'manual' });
      this.jar.store(response);
      const location = response.headers.get('location');
      if (response.status < 300 || response.status >= 400 || !location)
        return { url: current.href, response };
      current = new URL(location, current);
      if (current.href.startsWith(stopAt)) return { url: current.href, response };
      request = {};
    }
    throw new Error(`more than 20 redirects from ${url}`);
  }

  postForm(action: string, fields: Record<string, string>): Promise<{ url: string; response: Response }> {
    return this.go(action, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(fields),
    });
  }
}

/**
 * Logs `username` of the demo municipal IdP in to the portal's client through the samvirke
 * realm's SAML identity provider; the access token when Samvirke lets them in, otherwise the
 * status and text of the page they end on.
 */
export async function federatedLogin(
  username: string,
  options: FederatedLoginOptions = {},
): Promise<FederatedLogin> {
  const { password = DEMO_PASSWORD, alterResponse, idp = FEDERATED_IDP_ALIAS, impostorRealm } = options;
  const browser = new Browser();
  const verifier = randomBytes(32).toString('base64url');
  const authorize = new URL(`${keycloakUrl()}/realms/samvirke/protocol/openid-connect/auth`);
  authorize.search = new URLSearchParams({
    client_id: PORTAL_CLIENT,
    redirect_uri: REDIRECT_URI,
    response_type: 'code',
    scope: 'openid',
    state: randomBytes(8).toString('hex'),
    code_challenge: createHash('sha256').update(verifier).digest('base64url'),
    code_challenge_method: 'S256',
    kc_idp_hint: idp,
  }).toString();
  const idpLogin = await toIdpLogin(browser, authorize.href, impostorRealm);
  const loginForm = firstForm(await idpLogin.response.text());
  if (!loginForm) throw new Error(`no login form at ${idpLogin.url} (${idpLogin.response.status})`);
  const answered = await browser.postForm(loginForm.action, { ...loginForm.fields, username, password });
  // A SAML IdP answers with a form that posts the response back; an OIDC IdP redirects at once.
  const answer = answered.url.startsWith(REDIRECT_URI) ? '' : await answered.response.text();
  const samlForm = firstForm(answer);
  const samlPost = samlForm?.fields['SAMLResponse']
    ? { action: samlForm.action, fields: altered(samlForm.fields, alterResponse) }
    : undefined;
  const landed = samlPost ? await postOn(browser, samlPost, options.beforePost) : answered;
  const code = landed.url.startsWith(REDIRECT_URI) ? new URL(landed.url).searchParams.get('code') : null;
  if (!code) {
    const page = samlPost ? await landed.response.text() : answer;
    return { ok: false, status: landed.response.status, page, ...(samlPost ? { samlPost } : {}) };
  }
  return { ok: true, accessToken: await exchange(code, verifier), ...(samlPost ? { samlPost } : {}) };
}

/** Follows the login to the IdP's login page; with an impostor, the AuthnRequest goes to it instead. */
async function toIdpLogin(
  browser: Browser,
  authorize: string,
  impostorRealm: string | undefined,
): Promise<{ url: string; response: Response }> {
  if (!impostorRealm) return browser.go(authorize);
  const idp = `${keycloakUrl()}/realms/kommune-idp/`;
  const request = await browser.go(authorize, {}, idp);
  if (!request.url.startsWith(idp))
    throw new Error(`the login did not go to the SAML IdP but to ${request.url}`);
  // The AuthnRequest (HTTP-Redirect binding: deflated, base64) names its destination; the impostor checks it.
  const impostor = `${keycloakUrl()}/realms/${impostorRealm}/`;
  const url = new URL(request.url.replace(idp, impostor));
  const authnRequest = inflateRawSync(
    Buffer.from(url.searchParams.get('SAMLRequest') ?? '', 'base64'),
  ).toString();
  url.searchParams.set(
    'SAMLRequest',
    deflateRawSync(authnRequest.replaceAll(idp, impostor)).toString('base64'),
  );
  return browser.go(url.href);
}

/** The browser posting the IdP's SAML response on to the samvirke realm, after `beforePost`. */
async function postOn(
  browser: Browser,
  post: SamlPost,
  beforePost: ((xml: string) => Promise<void>) | undefined,
): Promise<{ url: string; response: Response }> {
  if (beforePost) await beforePost(Buffer.from(post.fields['SAMLResponse'] ?? '', 'base64').toString('utf8'));
  return browser.postForm(post.action, post.fields);
}

function altered(
  fields: Record<string, string>,
  alter: ((xml: string) => string) | undefined,
): Record<string, string> {
  if (!alter) return fields;
  const xml = Buffer.from(fields['SAMLResponse'] ?? '', 'base64').toString('utf8');
  return { ...fields, SAMLResponse: Buffer.from(alter(xml), 'utf8').toString('base64') };
}

/**
 * Posts a SAML response again from another browser (no cookies), as someone who captured it
 * would: whether it lets them in (a code for the portal) or where it ends.
 */
export async function replaySamlPost(post: SamlPost): Promise<{ codeIssued: boolean; status: number }> {
  const landed = await new Browser().postForm(post.action, { ...post.fields });
  const codeIssued = landed.url.startsWith(REDIRECT_URI) && new URL(landed.url).searchParams.has('code');
  return { codeIssued, status: landed.response.status };
}

async function exchange(code: string, verifier: string): Promise<string> {
  const response = await fetch(`${keycloakUrl()}/realms/samvirke/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      client_id: PORTAL_CLIENT,
      redirect_uri: REDIRECT_URI,
      code,
      code_verifier: verifier,
    }),
  });
  const body = (await response.json()) as { access_token?: string; error_description?: string };
  if (!body.access_token)
    throw new Error(`code exchange refused: ${body.error_description ?? response.status}`);
  return body.access_token;
}
