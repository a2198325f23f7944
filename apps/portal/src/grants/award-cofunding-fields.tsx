import { Field, FieldError, invalid, type Errors } from '../components/fields.js';
import { useI18n } from '../i18n/i18n.js';
import { ownShareOre, shareIndex, type CoFunder, type CoFunding } from './award-cofunding.js';
import { InputField } from '../components/input-field.js';
import { formatKroner } from './money.js';

interface Props {
  readonly amountOre: number | null;
  readonly ownName: string;
  readonly coFunders: readonly CoFunder[];
  readonly coFunding: readonly CoFunding[];
  readonly onCoFunding: (coFunding: CoFunding[]) => void;
  readonly errors: Errors;
}

/**
 * Shares of the award from the programme's other funders: each waits for that foundation's officer
 * to confirm it; the call's foundation pays the rest. Shown only when another funder has money left.
 */
export function CoFundingFieldset({ amountOre, ownName, coFunders, coFunding, onCoFunding, errors }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  if (coFunders.length === 0) return null;
  const set = (row: number, patch: Partial<CoFunding>): void =>
    onCoFunding(coFunding.map((share, i) => (i === row ? { ...share, ...patch } : share)));
  const own = Math.max(0, ownShareOre(amountOre, coFunding));
  return (
    <fieldset aria-describedby="cofunding-help">
      <legend>{t('Medfinansiering', 'Co-funding')}</legend>
      <p id="cofunding-help" className="muted">
        {t(
          'En andel fra en anden fond afventer, at fondens konsulent bekræfter den. Indtil alle har bekræftet, kan intet udbetales.',
          "A share from another foundation waits for that foundation's officer to confirm it. Nothing can be paid until all have confirmed.",
        )}
      </p>
      {coFunding.map((share, row) => (
        <CoFundingRow
          key={row}
          row={row}
          pointer={`/shares/${shareIndex(amountOre, coFunding, row)}`}
          share={share}
          coFunders={coFunders}
          errors={errors}
          onChange={(patch) => set(row, patch)}
          onRemove={() => onCoFunding(coFunding.filter((_, i) => i !== row))}
        />
      ))}
      <p id="own-share">
        {t(`${ownName} betaler`, `${ownName} pays`)}: {formatKroner(own, i18n.language)}
      </p>
      <FieldError errors={errors} pointer="/shares/0/amountOre" id="own-share" />
      <FieldError errors={errors} pointer="/shares" id="shares" />
      <button type="button" onClick={() => onCoFunding([...coFunding, { funder: '', amount: '' }])}>
        {t('Tilføj medfinansierer', 'Add a co-funder')}
      </button>
    </fieldset>
  );
}

interface RowProps {
  readonly row: number;
  readonly pointer: string;
  readonly share: CoFunding;
  readonly coFunders: readonly CoFunder[];
  readonly errors: Errors;
  readonly onChange: (patch: Partial<CoFunding>) => void;
  readonly onRemove: () => void;
}

/** One co-funder: the foundation (with what it has left), its amount and its removal. */
function CoFundingRow({ row, pointer, share, coFunders, errors, onChange, onRemove }: RowProps) {
  const { t } = useI18n();
  const n = row + 1;
  return (
    <div className="budget-line">
      <CoFunderSelect
        row={row}
        pointer={`${pointer}/funderOrganisationId`}
        value={share.funder}
        coFunders={coFunders}
        errors={errors}
        onChange={(funder) => onChange({ funder })}
      />
      <InputField
        id={`cofunder-${row}-amount`}
        label={t(`Beløb fra medfinansierer ${n} (kr.)`, `Amount from co-funder ${n} (DKK)`)}
        pointer={`${pointer}/amountOre`}
        errors={errors}
        inputMode="decimal"
        value={share.amount}
        onValue={(amount) => onChange({ amount })}
      />
      <button type="button" className="link-button" onClick={onRemove}>
        {t(`Fjern medfinansierer ${n}`, `Remove co-funder ${n}`)}
      </button>
    </div>
  );
}

interface SelectProps extends Pick<RowProps, 'row' | 'pointer' | 'coFunders' | 'errors'> {
  readonly value: string;
  readonly onChange: (funder: string) => void;
}

/** The co-funder, each named with what it has left to award. */
function CoFunderSelect({ row, pointer, value, coFunders, errors, onChange }: SelectProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const id = `cofunder-${row}`;
  const optionLabel = (funder: CoFunder): string => {
    const left = formatKroner(funder.remainingOre, i18n.language);
    return t(`${funder.name} (${left} tilbage)`, `${funder.name} (${left} left)`);
  };
  return (
    <Field
      id={id}
      label={t(`Medfinansierer ${row + 1}`, `Co-funder ${row + 1}`)}
      errors={errors}
      pointer={pointer}
    >
      <select
        id={id}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        {...invalid(errors, pointer, id)}
      >
        <option value="">{t('Vælg fond', 'Choose a foundation')}</option>
        {coFunders.map((funder) => (
          <option key={funder.id} value={funder.id}>
            {optionLabel(funder)}
          </option>
        ))}
      </select>
    </Field>
  );
}
