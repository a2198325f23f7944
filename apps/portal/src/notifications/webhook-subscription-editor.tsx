import { PUBLIC_EVENT_TYPES } from '@samvirke/contracts';
import { useState, type Dispatch, type SetStateAction } from 'react';
import { ErrorMessage } from '../components/status.js';
import { useI18n } from '../i18n/i18n.js';
import { usePortal } from '../portal-context.js';
import type { WebhookSubscription } from './notification-types.js';

/** "dk.samvirke.public.grant.awarded.v1" → "grant.awarded (v1)", for the checkboxes. */
function label(type: string): string {
  const match = /^dk\.samvirke\.public\.(.+)\.(v\d+)$/.exec(type);
  return match ? `${match[1]} (${match[2]})` : type;
}

/** The subscription's chosen event types and its changes: saving them, rotating the secret. */
function useSubscriptionChanges(subscription: WebhookSubscription, onChanged: () => void) {
  const { api } = usePortal();
  const [types, setTypes] = useState<string[]>(
    subscription.eventTypes.filter((type) => PUBLIC_EVENT_TYPES.includes(type)),
  );
  const [secret, setSecret] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const base = `/notifications/webhooks/subscriptions/${subscription.id}`;
  async function saveTypes(): Promise<void> {
    setFailure(null);
    try {
      await api.send('PATCH', base, { eventTypes: types });
      onChanged();
    } catch (error) {
      setFailure(error);
    }
  }
  async function rotate(): Promise<void> {
    setFailure(null);
    try {
      const rotated = await api.send<{ secret: string }>('POST', `${base}/rotate-secret`, {});
      setSecret(rotated.secret);
    } catch (error) {
      setFailure(error);
    }
  }
  return { types, setTypes, secret, setSecret, failure, saveTypes, rotate };
}

/**
 * For platform admins: the public event types a subscription receives (webhooks carry public
 * events only) and rotating its signing secret. The new secret is shown here once: the service
 * stores it encrypted and never returns it again.
 */
export function WebhookSubscriptionEditor({
  subscription,
  onChanged,
}: {
  subscription: WebhookSubscription;
  onChanged: () => void;
}) {
  const { t } = useI18n();
  const changes = useSubscriptionChanges(subscription, onChanged);
  return (
    <div className="webhook-editor">
      <EventTypes
        idPrefix={`webhook-${subscription.id}`}
        types={changes.types}
        setTypes={changes.setTypes}
        onSave={() => void changes.saveTypes()}
      />
      <button type="button" onClick={() => void changes.rotate()}>
        {t('Ny signeringsnøgle', 'Rotate signing secret')}
      </button>
      {changes.secret !== null && (
        <NewSecret secret={changes.secret} onHide={() => changes.setSecret(null)} />
      )}
      {changes.failure !== null && <ErrorMessage error={changes.failure} />}
    </div>
  );
}

/** A checkbox per public event type, and saving the choice. */
function EventTypes({
  idPrefix,
  types,
  setTypes,
  onSave,
}: {
  idPrefix: string;
  types: string[];
  setTypes: Dispatch<SetStateAction<string[]>>;
  onSave: () => void;
}) {
  const { t } = useI18n();
  return (
    <fieldset>
      <legend>{t('Offentlige hændelser', 'Public events')}</legend>
      {PUBLIC_EVENT_TYPES.map((type) => (
        <label key={type} htmlFor={`${idPrefix}-${type}`}>
          <input
            id={`${idPrefix}-${type}`}
            type="checkbox"
            checked={types.includes(type)}
            onChange={(event) =>
              setTypes((current) =>
                event.target.checked ? [...current, type] : current.filter((entry) => entry !== type),
              )
            }
          />{' '}
          {label(type)}
        </label>
      ))}
      <button type="button" disabled={types.length === 0} onClick={onSave}>
        {t('Gem hændelser', 'Save events')}
      </button>
    </fieldset>
  );
}

/** The new signing secret, shown this once. */
function NewSecret({ secret, onHide }: { secret: string; onHide: () => void }) {
  const { t } = useI18n();
  return (
    <div role="status">
      <p>
        {t(
          'Den nye nøgle vises kun denne ene gang. Giv den til integrationen nu; den gamle signerer med i 24 timer.',
          'The new secret is shown this once only. Give it to the integration now; the old one keeps signing for 24 hours.',
        )}
      </p>
      <output aria-label={t('Ny signeringsnøgle', 'New signing secret')}>
        <code>{secret}</code>
      </output>{' '}
      <button type="button" onClick={onHide}>
        {t('Skjul', 'Hide')}
      </button>
    </div>
  );
}
