/**
 * Reading an OIO Basic Privilege Profile (OIO BPP) document: the base64 XML that a Danish public
 * sector identity provider (KOMBIT's Context Handler, NemLog-in) sends in the SAML attribute
 * `dk:gov:saml:attribute:Privileges_intermediate` (OIOSAML 3:
 * `https://data.gov.dk/model/core/eid/privilegesIntermediate`), listing per scope (mostly a CVR
 * number) the privileges a person holds:
 *
 *   <bpp:PrivilegeList xmlns:bpp="http://itst.dk/oiosaml/basic_privilege_profile">
 *     <PrivilegeGroup Scope="urn:dk:gov:saml:cvrNumberIdentifier:64942212">
 *       <Privilege>http://samvirke.example/roles/usersystemrole/indberetter/1</Privilege>
 *     </PrivilegeGroup>
 *   </bpp:PrivilegeList>
 *
 * The format is small and flat, so it is read here with strict patterns rather than a general XML
 * parser (none runs in both Node and the browser without a dependency): a document type or entity
 * declaration, an unknown root namespace or a group without a scope makes the whole document
 * unreadable, and an unreadable document grants nothing.
 */

/** BPP 1.0/1.1 (OIOSAML 2) and BPP 1.2 (OIOSAML 3) namespaces of the PrivilegeList element. */
export const OIO_BPP_NAMESPACES = [
  'http://itst.dk/oiosaml/basic_privilege_profile',
  'http://digst.dk/oiosaml/basic_privilege_profile',
] as const;

const CVR_SCOPE = 'urn:dk:gov:saml:cvrNumberIdentifier:';

export interface PrivilegeConstraint {
  readonly name: string;
  readonly value: string;
}

/** One PrivilegeGroup: the privileges held within one scope, with any constraints on them. */
export interface PrivilegeGroup {
  readonly scope: string;
  /** The CVR number when the scope is an organisation (`urn:dk:gov:saml:cvrNumberIdentifier:<cvr>`). */
  readonly cvr: string | undefined;
  readonly privileges: readonly string[];
  readonly constraints: readonly PrivilegeConstraint[];
}

export type OioBppReading =
  | { readonly ok: true; readonly groups: readonly PrivilegeGroup[] }
  | { readonly ok: false; readonly reason: string };

const NAME = '(?:[A-Za-z_][\\w.-]*:)?';
const ROOT = new RegExp(
  `<(?:([A-Za-z_][\\w.-]*):)?PrivilegeList\\b([^>]*)>([\\s\\S]*)</${NAME}PrivilegeList\\s*>`,
);
const GROUP = new RegExp(
  `<${NAME}PrivilegeGroup\\b([^>]*?)(?:/>|>([\\s\\S]*?)</${NAME}PrivilegeGroup\\s*>)`,
  'g',
);
const PRIVILEGE = new RegExp(`<${NAME}Privilege\\s*>([^<]*)</${NAME}Privilege\\s*>`, 'g');
const CONSTRAINT = new RegExp(`<${NAME}Constraint\\b([^>]*)>([^<]*)</${NAME}Constraint\\s*>`, 'g');

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (whole, entity: string) => {
    if (entity.startsWith('#x')) return String.fromCodePoint(parseInt(entity.slice(2), 16));
    if (entity.startsWith('#')) return String.fromCodePoint(parseInt(entity.slice(1), 10));
    return ENTITIES[entity] ?? whole;
  });
}

/** The value of attribute `name` in an element's attribute text, unescaped. */
function attribute(attributes: string, name: string): string | undefined {
  const found = new RegExp(`(?:^|\\s)${name.replace(/[.:]/g, '\\$&')}\\s*=\\s*(["'])(.*?)\\1`).exec(
    attributes,
  );
  return found ? unescapeXml(found[2] ?? '') : undefined;
}

function decodeBase64Utf8(base64: string): string | undefined {
  const compact = base64.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(compact) || compact.length % 4 !== 0) return undefined;
  const bytes = Uint8Array.from(atob(compact), (char) => char.charCodeAt(0));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function readGroup(attributes: string, body: string): PrivilegeGroup | undefined {
  const scope = attribute(attributes, 'Scope')?.trim();
  if (!scope) return undefined;
  const privileges = [...body.matchAll(PRIVILEGE)]
    .map((match) => unescapeXml(match[1] ?? '').trim())
    .filter((privilege) => privilege !== '');
  const constraints = [...body.matchAll(CONSTRAINT)].map((match) => ({
    name: attribute(match[1] ?? '', 'Name') ?? '',
    value: unescapeXml(match[2] ?? '').trim(),
  }));
  const cvr = scope.startsWith(CVR_SCOPE) ? scope.slice(CVR_SCOPE.length) : undefined;
  return { scope, cvr, privileges, constraints };
}

/** The privilege groups of a base64 OIO BPP document, or why it cannot be read. */
export function readOioBpp(base64: string): OioBppReading {
  const xml = decodeBase64Utf8(base64);
  if (xml === undefined) return { ok: false, reason: 'not base64 of UTF-8 text' };
  if (/<!(?:DOCTYPE|ENTITY)/i.test(xml)) return { ok: false, reason: 'declares a document type or entities' };
  const root = ROOT.exec(xml);
  if (!root) return { ok: false, reason: 'no PrivilegeList element' };
  const namespace = attribute(root[2] ?? '', root[1] ? `xmlns:${root[1]}` : 'xmlns');
  if (!OIO_BPP_NAMESPACES.some((known) => known === namespace))
    return { ok: false, reason: `PrivilegeList in namespace ${namespace ?? '(none)'}` };
  const groups: PrivilegeGroup[] = [];
  for (const match of (root[3] ?? '').matchAll(GROUP)) {
    const group = readGroup(match[1] ?? '', match[2] ?? '');
    if (!group) return { ok: false, reason: 'a PrivilegeGroup without a Scope' };
    groups.push(group);
  }
  return { ok: true, groups };
}
