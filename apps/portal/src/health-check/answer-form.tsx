import { useState } from 'react';
import type { HealthCheckQuestionnaireDto } from '@samvirke/contracts';
import { SubmitRow } from '../admin/submit-row.js';
import { useCheckedForm } from '../admin/use-checked-form.js';
import { FieldError } from '../components/fields.js';
import { useI18n } from '../i18n/i18n.js';
import { usePortal } from '../portal-context.js';

type Answers = Readonly<Record<string, number>>;

/**
 * One person's answers to an open round: per condition, each item as a group of five radio
 * buttons from "Helt uenig" to "Helt enig". Every item must be answered; the service names any it
 * refuses at the item.
 */
export function AnswerForm({
  questionnaire,
  programmeId,
  onSent,
}: {
  questionnaire: HealthCheckQuestionnaireDto;
  programmeId: string;
  onSent: () => void;
}) {
  const { t, language } = useI18n();
  const { api } = usePortal();
  const [answers, setAnswers] = useState<Answers>({});
  const { round, items, conditions, scale } = questionnaire;
  const form = useCheckedForm(
    answers,
    (values, sending) =>
      Object.fromEntries(
        items
          .filter((item) => sending && values[item.id] === undefined)
          .map((item) => [`/answers/${item.id}`, t('Vælg et svar', 'Choose an answer')]),
      ),
    async (values) => {
      await api.send(
        'POST',
        `/partners/programmes/${programmeId}/health-check/rounds/${round.id}/responses`,
        {
          answers: values,
        },
      );
      onSent();
    },
  );
  const headingId = `answer-${round.id}`;
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t(`Svar på ${round.title}`, `Answer ${round.title}`)}</h2>
      <p>
        {t(
          'Dine svar gemmes uden dit navn. Resultaterne vises først, når runden er lukket og mindst ' +
            `${round.minResponses} har svaret.`,
          'Your answers are stored without your name. The results show only once the round is closed and ' +
            `at least ${round.minResponses} have answered.`,
        )}
      </p>
      <form {...form.formProps}>
        {conditions.map(({ condition, name }) => (
          <fieldset key={condition} className="health-condition">
            <legend>{name[language]}</legend>
            {items
              .filter((item) => item.condition === condition)
              .map((item) => {
                const id = `${round.id}-${item.id}`;
                const pointer = `/answers/${item.id}`;
                return (
                  <fieldset
                    key={item.id}
                    className="likert"
                    aria-describedby={form.errors[pointer] ? `${id}-error` : undefined}
                  >
                    <legend>{item.text[language]}</legend>
                    {scale.map((point) => (
                      <label key={point.value}>
                        <input
                          type="radio"
                          name={id}
                          value={point.value}
                          checked={answers[item.id] === point.value}
                          onChange={() => setAnswers({ ...answers, [item.id]: point.value })}
                        />{' '}
                        {point.label[language]}
                      </label>
                    ))}
                    <FieldError errors={form.errors} pointer={pointer} id={id} />
                  </fieldset>
                );
              })}
          </fieldset>
        ))}
        <SubmitRow
          label={t('Send mine svar', 'Send my answers')}
          failure={form.failure}
          sending={form.sending}
        />
      </form>
    </section>
  );
}
