import { X509Certificate } from 'node:crypto';
import type { ProblemFieldError } from '@samvirke/contracts';

/** What Keycloak needs of a SAML IdP, read from its metadata. */
export interface SamlIdpMetadata {
  readonly entityId: string;
  readonly singleSignOnUrl: string;
  /** HTTP-Redirect when offered (what Keycloak sends by default), otherwise HTTP-POST. */
  readonly postBinding: boolean;
  /** The signing certificates, base64 DER, as Keycloak's `signingCertificate` takes them (comma-separated). */
  readonly signingCertificates: readonly string[];
}

const BINDING = 'urn:oasis:names:tc:SAML:2.0:bindings:';
const POINTER = '/metadataXml';

const element = (name: string): RegExp =>
  new RegExp(`<(?:[\\w-]+:)?${name}\\b([^>]*)>([\\s\\S]*?)</(?:[\\w-]+:)?${name}>`, 'g');
const selfClosing = (name: string): RegExp => new RegExp(`<(?:[\\w-]+:)?${name}\\b([^>]*?)/?>`, 'g');
const attribute = (attributes: string, name: string): string | undefined =>
  new RegExp(`\\b${name}\\s*=\\s*"([^"]*)"`).exec(attributes)?.[1] ??
  new RegExp(`\\b${name}\\s*=\\s*'([^']*)'`).exec(attributes)?.[1];

/**
 * Reads an IdP's SAML 2.0 metadata (OASIS SAML metadata, as KOMBIT, NemLog-in, Entra ID and AD FS
 * publish it): the entity id, the single sign-on URL and the signing certificates. Every fault is
 * named at once; a document with a DTD is refused unread (no entity expansion, ever).
 */
export function readSamlMetadata(
  xml: string,
  now: Date,
): { ok: true; metadata: SamlIdpMetadata } | { ok: false; errors: ProblemFieldError[] } {
  const fault = (detail: string): ProblemFieldError => ({ pointer: POINTER, detail });
  if (/<!DOCTYPE|<!ENTITY/i.test(xml))
    return { ok: false, errors: [fault('a DTD or entity declaration is not accepted in metadata')] };
  const descriptor = [...xml.matchAll(element('EntityDescriptor'))].find((match) =>
    /<(?:[\w-]+:)?IDPSSODescriptor\b/.test(match[2] ?? ''),
  );
  if (!descriptor) {
    const any = /<(?:[\w-]+:)?EntityDescriptor\b/.test(xml);
    return {
      ok: false,
      errors: [
        fault(
          any
            ? 'the metadata has no IDPSSODescriptor: it describes no identity provider (a service provider’s metadata?)'
            : 'not SAML 2.0 metadata: no EntityDescriptor element',
        ),
      ],
    };
  }
  const idp = element('IDPSSODescriptor').exec(descriptor[2] ?? '')?.[2] ?? '';
  const entityId = attribute(descriptor[1] ?? '', 'entityID')?.trim();
  const sso = singleSignOn(idp);
  const certificates = signingCertificates(idp);
  const errors = [
    ...(entityId ? [] : [fault('the EntityDescriptor has no entityID')]),
    ...(sso
      ? []
      : [
          fault('no SingleSignOnService with the HTTP-Redirect or HTTP-POST binding and an http(s) Location'),
        ]),
    ...certificateFaults(certificates, now).map(fault),
  ];
  if (errors.length > 0 || !entityId || !sso) return { ok: false, errors };
  return { ok: true, metadata: { entityId, ...sso, signingCertificates: certificates } };
}

function singleSignOn(idp: string): { singleSignOnUrl: string; postBinding: boolean } | undefined {
  const services = [...idp.matchAll(selfClosing('SingleSignOnService'))].map((match) => ({
    binding: attribute(match[1] ?? '', 'Binding'),
    location: attribute(match[1] ?? '', 'Location')?.trim() ?? '',
  }));
  const usable = (binding: string) =>
    services.find(
      (service) => service.binding === `${BINDING}${binding}` && /^https?:\/\/\S+$/.test(service.location),
    );
  const redirect = usable('HTTP-Redirect');
  const post = usable('HTTP-POST');
  if (redirect) return { singleSignOnUrl: redirect.location, postBinding: false };
  return post ? { singleSignOnUrl: post.location, postBinding: true } : undefined;
}

/** The X509Certificate texts of the KeyDescriptors for signing (or for any use). */
function signingCertificates(idp: string): string[] {
  return [...idp.matchAll(element('KeyDescriptor'))]
    .filter((match) => (attribute(match[1] ?? '', 'use') ?? 'signing') === 'signing')
    .flatMap((match) => [...(match[2] ?? '').matchAll(element('X509Certificate'))])
    .map((match) => (match[2] ?? '').replace(/\s+/g, ''));
}

function certificateFaults(certificates: readonly string[], now: Date): string[] {
  if (certificates.length === 0)
    return ['no signing certificate (a KeyDescriptor for signing with an X509Certificate)'];
  return certificates.flatMap((text, index) => {
    const which = certificates.length > 1 ? `signing certificate ${index + 1}` : 'the signing certificate';
    let certificate: X509Certificate;
    try {
      certificate = new X509Certificate(Buffer.from(text, 'base64'));
    } catch {
      return [`${which} is not a readable X.509 certificate`];
    }
    const expired = new Date(certificate.validTo);
    return expired.getTime() < now.getTime()
      ? [`${which} expired on ${expired.toISOString().slice(0, 10)}`]
      : [];
  });
}
