import type { IdentityProviderDto, OrganisationDto, Page as PageOf } from '@samvirke/contracts';
import { useState, type ReactNode } from 'react';
import type { Errors } from '../components/fields.js';
import { Await } from '../components/status.js';
import { useI18n } from '../i18n/i18n.js';
import { useLoad, usePortal } from '../portal-context.js';
import { SelectField } from './select-field.js';
import { SubmitRow } from './submit-row.js';
import { TextField } from './text-field.js';
import { useCheckedForm } from './use-checked-form.js';

interface Form {
  protocol: 'saml' | 'oidc';
  alias: string;
  displayName: string;
  organisationId: string;
  metadataXml: string;
  issuer: string;
  clientId: string;
  clientSecret: string;
}

const EMPTY: Form = {
  protocol: 'saml',
  alias: '',
  displayName: '',
  organisationId: '',
  metadataXml: '',
  issuer: '',
  clientId: '',
  clientSecret: '',
};

/** The request body: the SAML IdP's metadata, or the OIDC IdP's issuer and Samvirke's client there. */
function body(form: Form): Record<string, string> {
  const common = {
    protocol: form.protocol,
    alias: form.alias,
    displayName: form.displayName,
    organisationId: form.organisationId,
  };
  return form.protocol === 'saml'
    ? { ...common, metadataXml: form.metadataXml }
    : { ...common, issuer: form.issuer, clientId: form.clientId, clientSecret: form.clientSecret };
}

/** Register an organisation's identity provider (platform admins); the service names every bad field. */
export function IdentityProviderForm({ onRegistered }: { onRegistered: () => void }) {
  const { t } = useI18n();
  const loaded = useLoad(
    (api) => api.get<PageOf<OrganisationDto>>('/partners/organisations?limit=200'),
    'identity-provider-organisations',
  );
  return (
    <section aria-labelledby="register-idp">
      <h2 id="register-idp">{t('Tilslut en organisations login', "Connect an organisation's login")}</h2>
      <Await loaded={loaded}>
        {(page) => <RegisterForm organisations={page.items} onRegistered={onRegistered} />}
      </Await>
    </section>
  );
}

const PROTOCOLS = [
  ['saml', 'SAML 2.0 (fx KOMBIT Context Handler, AD FS)', 'SAML 2.0 (e.g. KOMBIT Context Handler, AD FS)'],
  ['oidc', 'OpenID Connect (fx Entra ID)', 'OpenID Connect (e.g. Entra ID)'],
] as const;

type FieldOf = (key: keyof Form, label: string, extra?: { rows?: number; hint?: string }) => ReactNode;

/** The form's state, its sending, and a text field bound to one of its keys. */
function useRegisterForm(onRegistered: () => void) {
  const { api } = usePortal();
  const [form, setForm] = useState<Form>(EMPTY);
  const [registered, setRegistered] = useState<string | null>(null);
  const checked = useCheckedForm(
    form,
    () => ({}),
    async (sent) => {
      const idp = await api.send<IdentityProviderDto>('POST', '/partners/identity-providers', body(sent));
      setRegistered(idp.displayName);
      setForm(EMPTY);
      onRegistered();
    },
  );
  const set = (change: Partial<Form>) => setForm({ ...form, ...change });
  const field: FieldOf = (key, label, extra = {}) => (
    <TextField
      key={key}
      id={`idp-${key}`}
      label={label}
      pointer={`/${key}`}
      value={form[key]}
      onChange={(value) => set({ [key]: value })}
      errors={checked.errors}
      {...extra}
    />
  );
  return { form, set, field, registered, ...checked };
}

function RegisterForm({
  organisations,
  onRegistered,
}: {
  organisations: readonly OrganisationDto[];
  onRegistered: () => void;
}) {
  const { t } = useI18n();
  const { form, set, field, registered, errors, failure, sending, formProps } = useRegisterForm(onRegistered);
  return (
    <form {...formProps}>
      <SelectField
        id="idp-protocol"
        label={t('Protokol', 'Protocol')}
        pointer="/protocol"
        value={form.protocol}
        options={PROTOCOLS.map(([value, da, en]) => ({ value, label: t(da, en) }))}
        onChange={(protocol) => set({ protocol })}
        errors={errors}
      />
      <OrganisationSelect
        organisations={organisations}
        value={form.organisationId}
        onChange={(organisationId) => set({ organisationId })}
        errors={errors}
      />
      <ProtocolFields protocol={form.protocol} field={field} />
      {registered && (
        <p role="status" className="muted">
          {t(`${registered} er tilsluttet.`, `${registered} is connected.`)}
        </p>
      )}
      <SubmitRow label={t('Tilslut login', 'Connect the login')} failure={failure} sending={sending} />
    </form>
  );
}

/** The name and alias, then the SAML IdP's metadata or the OIDC IdP's issuer and client. */
function ProtocolFields({ protocol, field }: { protocol: Form['protocol']; field: FieldOf }) {
  const { t } = useI18n();
  return (
    <>
      {field('displayName', t('Navn på login-knappen', 'Name on the login button'))}
      {field('alias', t('Kort navn (alias)', 'Short name (alias)'), {
        hint: t(
          'Små bogstaver, tal og bindestreg, fx vejle-kommune.',
          'Lower-case letters, digits and hyphens, e.g. vejle-kommune.',
        ),
      })}
      {protocol === 'saml'
        ? field(
            'metadataXml',
            t('Metadata (XML) fra organisationens login', "Metadata (XML) from the organisation's login"),
            {
              rows: 8,
              hint: t(
                'Indsæt hele EntityDescriptor-dokumentet.',
                'Paste the whole EntityDescriptor document.',
              ),
            },
          )
        : [
            field('issuer', t('Udsteder (issuer)', 'Issuer')),
            field('clientId', t('Klient-id hos organisationen', 'Client id at the organisation')),
            field('clientSecret', t('Klienthemmelighed', 'Client secret')),
          ]}
    </>
  );
}

function OrganisationSelect({
  organisations,
  value,
  onChange,
  errors,
}: {
  organisations: readonly OrganisationDto[];
  value: string;
  onChange: (organisationId: string) => void;
  errors: Errors;
}) {
  const { t } = useI18n();
  return (
    <SelectField
      id="idp-organisation"
      label={t('Organisation', 'Organisation')}
      pointer="/organisationId"
      value={value}
      choose
      options={organisations.map((organisation) => ({
        value: organisation.id,
        label: organisation.cvr ? `${organisation.name} (CVR ${organisation.cvr})` : organisation.name,
      }))}
      onChange={onChange}
      errors={errors}
    />
  );
}
