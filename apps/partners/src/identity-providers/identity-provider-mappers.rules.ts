/**
 * The mappers a registered IdP gets: the same as the realm file's brokered IdPs (kommune-idp for
 * SAML, aarhus-entra for OIDC). The privilege table's own mapper is written by
 * KeycloakIdentityAdmin.writePrivilegeTable, as for every managed SAML IdP.
 */
export interface IdpMapper {
  readonly name: string;
  readonly identityProviderAlias: string;
  readonly identityProviderMapper: string;
  readonly config: Readonly<Record<string, string>>;
}

/** OIOSAML 2 names, as KOMBIT's Context Handler sends them (docs/identity.md). */
export const OIOSAML = {
  cvr: 'dk:gov:saml:attribute:CvrNumberIdentifier',
  privileges: 'dk:gov:saml:attribute:Privileges_intermediate',
  email: 'urn:oid:0.9.2342.19200300.100.1.3',
  givenName: 'urn:oid:2.5.4.42',
  surname: 'urn:oid:2.5.4.4',
} as const;

/** Entra ID app roles → the Samvirke realm role they give, as for aarhus-entra. */
export const OIDC_APP_ROLES: Readonly<Record<string, string>> = {
  'Samvirke.Indberetter': 'reporter',
  'Samvirke.Deltager': 'partner-member',
};

/** The organisation an IdP speaks for: its CVR and its group under /federated-organisations. */
export interface IdpOrganisation {
  readonly name: string;
  readonly cvr: string | null;
  readonly groupPath: string;
}

const mapper =
  (alias: string) =>
  (name: string, kind: string, config: Record<string, string>): IdpMapper => ({
    name,
    identityProviderAlias: alias,
    identityProviderMapper: kind,
    config: { syncMode: 'INHERIT', ...config },
  });

export function samlMappers(alias: string, organisation: IdpOrganisation & { cvr: string }): IdpMapper[] {
  const make = mapper(alias);
  const attribute = (name: string, from: string, to: string) =>
    make(name, 'saml-user-attribute-idp-mapper', { 'attribute.name': from, 'user.attribute': to });
  return [
    make('username from the persistent subject id', 'saml-username-idp-mapper', {
      template: '${ALIAS}.${NAMEID}',
      target: 'LOCAL',
    }),
    attribute('e-mail', OIOSAML.email, 'email'),
    attribute('given name', OIOSAML.givenName, 'firstName'),
    attribute('surname', OIOSAML.surname, 'lastName'),
    attribute('OIO BPP privileges', OIOSAML.privileges, 'oioPrivileges'),
    make(`organisation ${organisation.name} by CVR ${organisation.cvr}`, 'saml-advanced-group-idp-mapper', {
      attributes: JSON.stringify([{ key: OIOSAML.cvr, value: organisation.cvr }]),
      'are.attribute.values.regex': 'false',
      group: organisation.groupPath,
    }),
  ];
}

export function oidcMappers(alias: string, organisation: IdpOrganisation): IdpMapper[] {
  const make = mapper(alias);
  const claim = (name: string, from: string, to: string) =>
    make(name, 'oidc-user-attribute-idp-mapper', { claim: from, 'user.attribute': to });
  return [
    make('username from the subject', 'oidc-username-idp-mapper', {
      template: '${ALIAS}.${CLAIM.sub}',
      target: 'LOCAL',
    }),
    claim('e-mail', 'email', 'email'),
    claim('given name', 'given_name', 'firstName'),
    claim('family name', 'family_name', 'lastName'),
    make(`organisation ${organisation.name} (its own IdP)`, 'oidc-hardcoded-group-idp-mapper', {
      group: organisation.groupPath,
    }),
    ...Object.entries(OIDC_APP_ROLES).map(([appRole, role]) =>
      make(`app role ${appRole} → ${role}`, 'oidc-role-idp-mapper', {
        claim: 'roles',
        'claim.value': appRole,
        role,
      }),
    ),
  ];
}

/** The group of an organisation not yet connected: named by its id, carrying what the flows read. */
export function organisationGroup(id: string, organisation: { name: string; cvr: string | null }) {
  return {
    name: id,
    attributes: {
      organisation: [id],
      name: [organisation.name],
      ...(organisation.cvr ? { cvr: [organisation.cvr] } : {}),
    },
  };
}
