import { useI18n } from '../i18n/i18n.js';

/** A draft form's buttons: save it, or discard the draft. */
export function DraftButtons({
  busy,
  saveLabel,
  onDiscard,
  disabled = false,
}: {
  busy: boolean;
  saveLabel: string;
  onDiscard: () => void;
  disabled?: boolean;
}) {
  const { t } = useI18n();
  return (
    <div className="actions">
      <button type="submit" className="primary" disabled={busy || disabled}>
        {saveLabel}
      </button>
      <button type="button" onClick={onDiscard}>
        {t('Kassér kladden', 'Discard the draft')}
      </button>
    </div>
  );
}

/** Says where an unsaved draft is kept. */
export function DraftNote() {
  const { t } = useI18n();
  return (
    <p className="muted">
      {t(
        'Kladden gemmes i denne browser, indtil den er gemt.',
        'The draft is kept in this browser until it is saved.',
      )}
    </p>
  );
}
