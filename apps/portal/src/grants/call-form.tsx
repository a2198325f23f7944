import type { GrantCallDto } from '@samvirke/contracts';
import { useState } from 'react';
import type { Errors } from '../components/fields.js';
import { ErrorMessage } from '../components/status.js';
import { useI18n } from '../i18n/i18n.js';
import { usePortal } from '../portal-context.js';
import { navigate } from '../router.js';
import { callBody, checkCall, emptyCall, type ChangeCall } from './call-draft.js';
import { CriteriaFieldset } from './call-criteria-fields.js';
import { CallTextFields, EligibleTypesFieldset, CallTimeFields, ReportTemplateField } from './call-fields.js';
import { sendOnSubmit } from './form-focus.js';
import type { FunderChoice } from './funder-choices.js';
import { FunderField } from './funder-field.js';
import { useServerAnswer } from './server-answer.js';
import { useLocalDraft } from './use-local-draft.js';

interface Props {
  readonly programmeId: string;
  readonly choices: readonly FunderChoice[];
}

/** The call being typed (kept in this browser), its checks and its sending to the grants service. */
function useNewCall({ programmeId, choices }: Props) {
  const { t } = useI18n();
  const { api } = usePortal();
  const only = choices.length === 1 ? (choices[0]?.id ?? '') : '';
  const draft = useLocalDraft(`samvirke.call-draft.${programmeId}`, () => emptyCall(only));
  const [attempted, setAttempted] = useState(false);
  const answer = useServerAnswer();
  // The form's own checks win over the service's answer to an earlier try.
  const errors: Errors = { ...answer.fieldErrors, ...checkCall(draft.value, t, attempted) };
  async function send(): Promise<boolean> {
    setAttempted(true);
    if (Object.keys(checkCall(draft.value, t, true)).length > 0) return false;
    try {
      const created = await api.send<GrantCallDto>(
        'POST',
        `/grants/programmes/${programmeId}/calls`,
        callBody(draft.value),
      );
      draft.discard();
      navigate(`/grants/calls/${created.id}`);
      return true;
    } catch (error) {
      answer.fail(error);
      return false;
    }
  }
  const change: ChangeCall = (patch) => {
    answer.clear();
    draft.change(patch);
  };
  return { draft, errors, failure: answer.failure, change, send };
}

/**
 * A foundation officer opens a grant call: its budget, when it opens and closes, which kinds of
 * organisation may apply, and the criteria reviewers score with their weights.
 */
export function CallForm(props: Props) {
  const { t } = useI18n();
  const { draft, errors, failure, change, send } = useNewCall(props);
  const call = draft.value;
  return (
    <form aria-labelledby="call-form-heading" noValidate onSubmit={sendOnSubmit(send)}>
      <h2 id="call-form-heading">{t('Den nye ansøgningsrunde', 'The new call')}</h2>
      <DraftNotice savedAt={draft.savedAt} restored={draft.restored} onDiscard={draft.discard} />
      <FunderField
        id="call-funder"
        choices={props.choices}
        value={call.funder}
        errors={errors}
        onChange={(funder) => change({ funder })}
      />
      <CallTextFields call={call} errors={errors} change={change} />
      <CallTimeFields call={call} errors={errors} change={change} />
      <EligibleTypesFieldset call={call} errors={errors} change={change} />
      <CriteriaFieldset call={call} errors={errors} change={change} />
      <ReportTemplateField call={call} errors={errors} change={change} />
      {failure !== null && <ErrorMessage error={failure} />}
      <div className="actions">
        <button type="submit" className="primary">
          {t('Opret ansøgningsrunden', 'Create the call')}
        </button>
      </div>
    </form>
  );
}

/** Says that the draft is kept in this browser (and since when), with a way to start over. */
function DraftNotice({
  savedAt,
  restored,
  onDiscard,
}: {
  savedAt: string | null;
  restored: boolean;
  onDiscard: () => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const at = savedAt && i18n.formatDateTime(savedAt);
  return (
    <div className="notice">
      <p role="status">
        {at
          ? t(`Kladden er gemt i denne browser (${at}).`, `The draft is kept in this browser (${at}).`)
          : t(
              'Det, du skriver, gemmes som kladde i denne browser.',
              'What you type is kept as a draft in this browser.',
            )}
      </p>
      {(at || restored) && (
        <button type="button" className="link-button" onClick={onDiscard}>
          {t('Kassér kladden', 'Discard the draft')}
        </button>
      )}
    </div>
  );
}
