import type { IndicatorDto } from '@samvirke/contracts';
import { useI18n } from '../i18n/i18n.js';
import { usePortal } from '../portal-context.js';
import { CombinationFields, DisaggregationFields } from './disaggregation-fields.js';
import { DraftButtons, DraftNote } from './form-buttons.js';
import { FormFailure } from './form-failure.js';
import { draftOfIndicator, EMPTY_INDICATOR, indicatorBody, type IndicatorDraft } from './indicator-draft.js';
import { IndicatorMeasureFields, IndicatorNameFields } from './indicator-fields.js';
import { submitWith, TextField } from './inputs.js';
import { useAction } from './use-action.js';
import { useLocalDraft } from './use-local-draft.js';

interface Props {
  /** The current version, when the form makes its next version. */
  readonly current?: IndicatorDto;
  readonly onSaved: (indicator: IndicatorDto) => void;
  readonly onCancel: () => void;
}

/** The draft, kept in this browser until the service has it, and its saving. */
function useIndicatorDraft({ current, onSaved }: Props) {
  const { api } = usePortal();
  const key = current ? `indicator-version.${current.id}` : 'indicator';
  const local = useLocalDraft(key, current ? draftOfIndicator(current) : EMPTY_INDICATOR);
  const action = useAction();
  const save = (): Promise<void> =>
    action.run(
      () =>
        current
          ? api.send<IndicatorDto>(
              'POST',
              `/measurement/indicators/${current.id}/versions`,
              indicatorBody(local.draft, false),
            )
          : api.send<IndicatorDto>('POST', '/measurement/indicators', indicatorBody(local.draft, true)),
      (saved) => {
        local.discard();
        onSaved(saved);
      },
    );
  return { ...local, action, save };
}

/** Defines an indicator, or (given the current version) its next version. */
export function IndicatorForm(props: Props) {
  const { t } = useI18n();
  const { current, onCancel } = props;
  const { draft, change, discard, action, save } = useIndicatorDraft(props);
  const errors = action.errors;
  return (
    <form aria-labelledby="indicator-form-heading" noValidate className="panel" onSubmit={submitWith(save)}>
      <IndicatorFormHeading current={current} draft={draft} change={change} errors={errors} />
      <IndicatorNameFields draft={draft} errors={errors} change={change} />
      <IndicatorMeasureFields draft={draft} errors={errors} change={change} />
      <DisaggregationFields draft={draft} errors={errors} change={change} />
      <CombinationFields draft={draft} errors={errors} change={change} />
      <FormFailure failure={action.failure} errors={errors} />
      <DraftButtons
        busy={action.busy}
        saveLabel={
          current
            ? t('Gem den nye version', 'Save the new version')
            : t('Gem indikatoren', 'Save the indicator')
        }
        onDiscard={() => {
          discard();
          onCancel();
        }}
      />
    </form>
  );
}

interface DraftProps {
  draft: IndicatorDraft;
  change: (patch: Partial<IndicatorDraft>) => void;
  errors: Record<string, string>;
}

function IndicatorFormHeading({
  current,
  draft,
  change,
  errors,
}: DraftProps & { current: IndicatorDto | undefined }) {
  const { t } = useI18n();
  const next = current && `${current.lineage}.v${current.version + 1}`;
  return (
    <>
      <h2 id="indicator-form-heading">
        {current
          ? t(`Ny version af ${current.code}`, `New version of ${current.code}`)
          : t('Definér en indikator', 'Define an indicator')}
      </h2>
      <DraftNote />
      {current ? (
        <p>
          {t(
            `Den nye version får koden ${next}. Programmer, der følger ${current.code}, beholder den.`,
            `The new version gets the code ${next}. Programmes that track ${current.code} keep it.`,
          )}
        </p>
      ) : (
        <CodeField draft={draft} change={change} errors={errors} />
      )}
    </>
  );
}

/** A new indicator's code: its lineage's code for good. */
function CodeField({ draft, change, errors }: DraftProps) {
  const { t } = useI18n();
  return (
    <TextField
      id="indicator-code"
      label={t('Kode', 'Code')}
      value={draft.code}
      onChange={(code) => change({ code })}
      errors={errors}
      pointer="/code"
      hint={t('Små bogstaver og tal, fx hjemloese-unge', 'Lowercase letters and digits, e.g. homeless-youth')}
    />
  );
}
