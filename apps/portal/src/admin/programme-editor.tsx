import { useI18n } from '../i18n/i18n.js';
import {
  AgendaFields,
  DateFields,
  OrganisationChoice,
  type Choice,
  GoalsFieldset,
  NameFields,
} from './programme-fields.js';
import { SubmitRow } from './submit-row.js';
import { checkProgramme, type ProgrammeForm } from './programme-form.js';
import { useCheckedForm } from './use-checked-form.js';
import { useStoredDraft } from './use-stored-draft.js';

interface Props {
  readonly draftKey: string;
  readonly initial: () => ProgrammeForm;
  readonly creating: boolean;
  readonly submitLabel: string;
  /** When editing: the members with the backbone role, one of which the programme names as its backbone. */
  readonly backbones?: readonly Choice[];
  /** When a platform admin creates a programme: the foundations that may fund it. */
  readonly funders?: readonly Choice[];
  /** Sends the form; resolves when the service has accepted it. */
  readonly send: (form: ProgrammeForm) => Promise<void>;
}

/**
 * The common agenda as a form: checked as the user types, kept as a draft in the browser until it
 * is sent, and the service's field errors shown next to their fields.
 */
export function ProgrammeEditor({
  draftKey,
  initial,
  creating,
  submitLabel,
  send,
  backbones,
  funders,
}: Props) {
  const { t } = useI18n();
  const draft = useStoredDraft(draftKey, initial);
  const form = draft.value;
  const { errors, failure, tried, sending, formProps } = useCheckedForm(
    form,
    (value, sendingNow) => checkProgramme(value, t, sendingNow),
    async (value) => {
      await send(value);
      draft.discard();
    },
  );
  const fields = { form, errors, change: draft.change };
  return (
    <form aria-labelledby="programme-form-heading" {...formProps}>
      <h2 id="programme-form-heading">{t('Fælles dagsorden', 'Common agenda')}</h2>
      {draft.restored && <RestoredDraft discard={draft.discard} />}
      <NameFields {...fields} creating={creating} />
      <AgendaFields {...fields} />
      <DateFields {...fields} creating={creating} />
      {funders && <OrganisationChoice {...fields} name="funderOrganisationId" choices={funders} />}
      {backbones && <OrganisationChoice {...fields} name="backboneOrganisationId" choices={backbones} />}
      <GoalsFieldset {...fields} />
      {tried && Object.keys(errors).length > 0 && (
        <p role="alert" className="error">
          {t('Ret felterne markeret ovenfor.', 'Correct the fields marked above.')}
        </p>
      )}
      <SubmitRow label={submitLabel} failure={failure} sending={sending} />
    </form>
  );
}

function RestoredDraft({ discard }: { discard: () => void }) {
  const { t } = useI18n();
  return (
    <div className="notice" role="status">
      {t(
        'Vi har hentet din ikke-gemte kladde fra denne browser.',
        'Your unsaved draft was restored from this browser.',
      )}{' '}
      <button type="button" className="link-button" onClick={discard}>
        {t('Kassér kladden', 'Discard the draft')}
      </button>
    </div>
  );
}
