import { useState } from 'react';
import type { HealthCheckQuestionnaireDto } from '@samvirke/contracts';
import { SubmitRow } from '../admin/submit-row.js';
import { useCheckedForm } from '../admin/use-checked-form.js';
import { FieldError, type Errors } from '../components/fields.js';
import { useI18n } from '../i18n/i18n.js';
import { usePortal } from '../portal-context.js';

type Answers = Readonly<Record<string, number>>;

interface AnswerFormProps {
  readonly questionnaire: HealthCheckQuestionnaireDto;
  readonly programmeId: string;
  readonly onSent: () => void;
}

/**
 * One person's answers to an open round: per condition, each item as a group of five radio
 * buttons from "Helt uenig" to "Helt enig". Every item must be answered; the service names any it
 * refuses at the item.
 */
export function AnswerForm({ questionnaire, programmeId, onSent }: AnswerFormProps) {
  const { t, language } = useI18n();
  const { api } = usePortal();
  const [answers, setAnswers] = useState<Answers>({});
  const { round, items, conditions, scale } = questionnaire;
  const path = `/partners/programmes/${programmeId}/health-check/rounds/${round.id}/responses`;
  const check = unanswered(items, t('Vælg et svar', 'Choose an answer'));
  const form = useCheckedForm(answers, check, (values) =>
    api.send('POST', path, { answers: values }).then(onSent),
  );
  const { failure, sending } = form;
  const headingId = `answer-${round.id}`;
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t(`Svar på ${round.title}`, `Answer ${round.title}`)}</h2>
      <AnonymityNote minResponses={round.minResponses} />
      <form {...form.formProps}>
        {conditions.map(({ condition, name }) => (
          <fieldset key={condition} className="health-condition">
            <legend>{name[language]}</legend>
            {items
              .filter((item) => item.condition === condition)
              .map((item) => (
                <ItemGroup
                  key={item.id}
                  id={`${round.id}-${item.id}`}
                  {...{ item, scale, errors: form.errors }}
                  value={answers[item.id]}
                  onChange={(value) => setAnswers({ ...answers, [item.id]: value })}
                />
              ))}
          </fieldset>
        ))}
        <SubmitRow label={t('Send mine svar', 'Send my answers')} failure={failure} sending={sending} />
      </form>
    </section>
  );
}

type Questionnaire = HealthCheckQuestionnaireDto;

/** Once the user tried to send: every item without an answer, by its JSON pointer. */
function unanswered(items: Questionnaire['items'], message: string) {
  return (values: Answers, sending: boolean): Record<string, string> =>
    Object.fromEntries(
      items
        .filter((item) => sending && values[item.id] === undefined)
        .map((item) => [`/answers/${item.id}`, message]),
    );
}

function AnonymityNote({ minResponses }: { minResponses: number }) {
  const { t } = useI18n();
  return (
    <p>
      {t(
        'Dine svar gemmes uden dit navn. Resultaterne vises først, når runden er lukket og mindst ' +
          `${minResponses} har svaret.`,
        'Your answers are stored without your name. The results show only once the round is closed and ' +
          `at least ${minResponses} have answered.`,
      )}
    </p>
  );
}

/** One item: its text as the group's name, the five points of the scale as radio buttons. */
function ItemGroup(props: {
  id: string;
  item: Questionnaire['items'][number];
  scale: Questionnaire['scale'];
  value: number | undefined;
  errors: Errors;
  onChange: (value: number) => void;
}) {
  const { language } = useI18n();
  const { id, item, scale, value, errors, onChange } = props;
  const pointer = `/answers/${item.id}`;
  return (
    <fieldset className="likert" aria-describedby={errors[pointer] ? `${id}-error` : undefined}>
      <legend>{item.text[language]}</legend>
      {scale.map((point) => (
        <label key={point.value}>
          <input
            type="radio"
            name={id}
            value={point.value}
            checked={value === point.value}
            onChange={() => onChange(point.value)}
          />{' '}
          {point.label[language]}
        </label>
      ))}
      <FieldError errors={errors} pointer={pointer} id={id} />
    </fieldset>
  );
}
