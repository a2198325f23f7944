import { useState } from 'react';
import type { AwardDto, GrantReportKind, GrantReportsDto } from '@samvirke/contracts';
import { Field, invalid, type Errors } from '../components/fields.js';
import { ErrorMessage } from '../components/status.js';
import { useI18n } from '../i18n/i18n.js';
import { usePortal } from '../portal-context.js';
import { sendOnSubmit } from './form-focus.js';
import { InputField } from '../components/input-field.js';
import { formatKroner } from './money.js';
import { emptyReportDraft, reportCommand, type ReportDraft } from './report-draft.js';
import { reportKindName } from './grants-terms.js';
import { useServerAnswer } from './server-answer.js';

interface Props {
  readonly award: AwardDto;
  readonly reports: GrantReportsDto;
  readonly onSent: () => void;
}

/** The draft being written, its checks, the service's answer and the send. */
function useReportForm({ award, reports, onSent }: Props) {
  const i18n = useI18n();
  const { api } = usePortal();
  const [draft, setDraft] = useState<ReportDraft>(emptyReportDraft);
  const [checked, setChecked] = useState<Errors>({});
  const answer = useServerAnswer();
  const change = (next: Partial<ReportDraft>): void => {
    answer.clear();
    setChecked({});
    setDraft((current) => ({ ...current, ...next }));
  };
  async function send(): Promise<boolean> {
    const { command, errors: found } = reportCommand(draft, reports, i18n);
    setChecked(found);
    if (!command) return false;
    try {
      await api.send('POST', `/grants/awards/${award.id}/reports`, command);
      setDraft(emptyReportDraft());
      onSent();
      return true;
    } catch (error) {
      answer.fail(error);
      return false;
    }
  }
  return { draft, change, send, failure: answer.failure, errors: { ...answer.fieldErrors, ...checked } };
}

/** The grantee writes a progress or final report on the call's template and reports spending per budget line. */
export function ReportForm(props: Props) {
  const { t } = useI18n();
  const { draft, change, send, failure, errors } = useReportForm(props);
  const fields = { draft, change, errors };
  return (
    <form noValidate onSubmit={sendOnSubmit(send)} aria-labelledby="report-form-heading" className="panel">
      <h3 id="report-form-heading">{t('Indsend en rapport', 'Submit a report')}</h3>
      <ReportKindFields award={props.award} {...fields} />
      <SectionFields reports={props.reports} {...fields} />
      <h4>{t('Regnskab: budget og faktisk forbrug', 'Accounts: budget and actual spending')}</h4>
      {props.reports.budgetLines.map((line, index) => (
        <BudgetLineFields key={line.category} line={line} index={index} {...fields} />
      ))}
      {failure !== null && <ErrorMessage error={failure} />}
      <button type="submit">{t('Indsend rapporten', 'Submit the report')}</button>
    </form>
  );
}

interface FieldsProps {
  readonly draft: ReportDraft;
  readonly change: (next: Partial<ReportDraft>) => void;
  readonly errors: Errors;
}

/** A text for each section of the call's template. */
function SectionFields({ reports, draft, change, errors }: FieldsProps & { reports: GrantReportsDto }) {
  return (
    <>
      {reports.template.map((section) => (
        <Field
          key={section.key}
          id={`report-section-${section.key}`}
          label={section.title}
          errors={errors}
          pointer={`/sections/${section.key}`}
        >
          <textarea
            id={`report-section-${section.key}`}
            rows={3}
            value={draft.sections[section.key] ?? ''}
            onChange={(e) => change({ sections: { ...draft.sections, [section.key]: e.target.value } })}
            {...invalid(errors, `/sections/${section.key}`, `report-section-${section.key}`)}
          />
        </Field>
      ))}
    </>
  );
}

type BudgetLine = GrantReportsDto['budgetLines'][number];

/** A budget line's actual spending in kroner and the explanation of its variance. */
function BudgetLineFields({
  line,
  index,
  draft,
  change,
  errors,
}: FieldsProps & { line: BudgetLine; index: number }) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <fieldset>
      <legend>
        {line.category}: {t('budget', 'budget')} {formatKroner(line.amountOre, i18n.language)}
      </legend>
      <InputField
        id={`report-actual-${index}`}
        label={t(`Faktisk forbrug på ${line.category} (kr.)`, `Actual spending on ${line.category} (DKK)`)}
        pointer={`/financialLines/${index}/actualOre`}
        errors={errors}
        inputMode="decimal"
        value={draft.actuals[index] ?? ''}
        onValue={(value) => change({ actuals: replaced(draft.actuals, index, value) })}
      />
      <InputField
        id={`report-explanation-${index}`}
        label={t(`Forklaring på afvigelse: ${line.category}`, `Explanation of variance: ${line.category}`)}
        pointer={`/financialLines/${index}/explanation`}
        errors={errors}
        value={draft.explanations[index] ?? ''}
        onValue={(value) => change({ explanations: replaced(draft.explanations, index, value) })}
      />
    </fieldset>
  );
}

const replaced = (values: readonly string[], index: number, value: string): string[] => {
  const next = [...values];
  next[index] = value;
  return next;
};

interface KindProps extends FieldsProps {
  readonly award: AwardDto;
}

/** Which report: progress or final, and the tranche it comes before (if any). */
function ReportKindFields({ award, draft, change, errors }: KindProps) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <>
      <Field id="report-kind" label={t('Rapporttype', 'Kind of report')}>
        <select
          id="report-kind"
          value={draft.kind}
          onChange={(e) => change({ kind: e.target.value as GrantReportKind })}
        >
          <option value="progress">{reportKindName(i18n, 'progress')}</option>
          <option value="final">{reportKindName(i18n, 'final')}</option>
        </select>
      </Field>
      <Field
        id="report-tranche"
        label={t('Før raten', 'Before the tranche')}
        errors={errors}
        pointer="/trancheId"
      >
        <select
          id="report-tranche"
          value={draft.trancheId}
          onChange={(e) => change({ trancheId: e.target.value })}
          {...invalid(errors, '/trancheId', 'report-tranche')}
        >
          <option value="">{t('Ingen bestemt rate', 'No particular tranche')}</option>
          {award.tranches.map((tranche) => (
            <option key={tranche.id} value={tranche.id}>
              {t('Rate', 'Tranche')} {tranche.position}
            </option>
          ))}
        </select>
      </Field>
    </>
  );
}
