import type { ReviewerCandidateDto } from '@samvirke/contracts';
import { Field, invalid, type Errors } from '../components/fields.js';
import { Await } from '../components/status.js';
import { useI18n } from '../i18n/i18n.js';
import { useLoad } from '../portal-context.js';

const REVIEWER = '/reviewerUsername';

interface AssignProps {
  /** The service's answer to the last assignment, by JSON pointer. */
  readonly errors: Errors;
  readonly reviewer: string;
  readonly onReviewer: (reviewer: string) => void;
  readonly onAssign: () => void;
}

/** The call's foundation picks a reviewer from the programme's people (those who have signed in). */
export function AssignReviewerForm({
  applicationId,
  assigned,
  ...props
}: AssignProps & {
  applicationId: string;
  /** How many are assigned: the candidates are read again when it changes. */
  assigned: number;
}) {
  const { t } = useI18n();
  const candidates = useLoad(
    (api) => api.get<ReviewerCandidateDto[]>(`/grants/applications/${applicationId}/reviewer-candidates`),
    `reviewer-candidates:${applicationId}:${assigned}`,
  );
  return (
    <Await loaded={candidates}>
      {(people) =>
        people.length === 0 ? (
          <p className="muted">
            {t(
              'Ingen i programmet kan tildeles endnu: en bedømmer skal være logget ind i Samvirke mindst én gang.',
              'Nobody in the programme can be assigned yet: a reviewer must have signed in to Samvirke at least once.',
            )}
          </p>
        ) : (
          <ReviewerChoice people={people} {...props} />
        )
      }
    </Await>
  );
}

function ReviewerChoice({
  people,
  errors,
  reviewer,
  onReviewer,
  onAssign,
}: AssignProps & { people: ReviewerCandidateDto[] }) {
  const { t } = useI18n();
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (reviewer) onAssign();
      }}
    >
      <Field
        id="reviewer"
        label={t('Tildel bedømmer', 'Assign a reviewer')}
        errors={errors}
        pointer={REVIEWER}
      >
        <select
          id="reviewer"
          value={reviewer}
          onChange={(e) => onReviewer(e.target.value)}
          {...invalid(errors, REVIEWER, 'reviewer')}
        >
          <ReviewerOptions people={people} />
        </select>
      </Field>
      <button type="submit" disabled={!reviewer}>
        {t('Tildel', 'Assign')}
      </button>
    </form>
  );
}

/** Everyone who may review; those already assigned cannot be picked again. */
function ReviewerOptions({ people }: { people: ReviewerCandidateDto[] }) {
  const { t } = useI18n();
  return (
    <>
      <option value="">{t('Vælg en person fra programmet', 'Choose someone in the programme')}</option>
      {people.map((person) => (
        <option key={person.username} value={person.username} disabled={person.assigned}>
          {candidateLabel(person, t)}
        </option>
      ))}
    </>
  );
}

/** "Bo Bikuben (Bikubenfonden)", with "tildelt" once assigned. */
function candidateLabel(person: ReviewerCandidateDto, t: (da: string, en: string) => string): string {
  const organisations = person.organisations.map((organisation) => organisation.name).join(', ');
  const who = person.name ? `${person.name} (${organisations || person.username})` : person.username;
  return person.assigned ? `${who} – ${t('tildelt', 'assigned')}` : who;
}
