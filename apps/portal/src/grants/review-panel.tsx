import type { ApplicationDto, ApplicationReviewsDto, GrantCallDto, ReviewDto } from '@samvirke/contracts';
import { useState } from 'react';
import { ErrorMessage, StatusBadge } from '../components/status.js';
import { useI18n } from '../i18n/i18n.js';
import { usePortal } from '../portal-context.js';
import { grantStatusName } from './grants-terms.js';
import { AssignReviewerForm } from './reviewer-picker.js';
import { fieldErrorsOf } from './server-answer.js';

interface Props {
  readonly application: ApplicationDto;
  readonly call: GrantCallDto;
  readonly reviews: ApplicationReviewsDto | null;
  readonly isFunder: boolean;
  readonly onChanged: () => void;
}

/** Calls on the application's reviews; the page reloads after each, and an error is kept to show. */
function useReviewActions(application: ApplicationDto, onChanged: () => void) {
  const { api } = usePortal();
  const [failure, setFailure] = useState<unknown>(null);
  const path = `/grants/applications/${application.id}`;
  async function act(method: 'POST' | 'PUT', suffix: string, body: unknown): Promise<void> {
    setFailure(null);
    try {
      await api.send(method, `${path}${suffix}`, body);
      onChanged();
    } catch (error) {
      setFailure(error);
    }
  }
  return { failure, act };
}

/** Reviews of a submitted application: the funder assigns reviewers, a reviewer scores each criterion. */
export function ReviewPanel({ application, call, reviews, isFunder, onChanged }: Props) {
  const { t } = useI18n();
  const { principal } = usePortal();
  const [reviewer, setReviewer] = useState('');
  const { failure, act } = useReviewActions(application, onChanged);
  const mine = reviews?.reviews.find(
    (review) => review.reviewerUsername === principal.username && review.status === 'assigned',
  );
  return (
    <section aria-labelledby="reviews-heading" className="panel">
      <h2 id="reviews-heading">{t('Vurderinger', 'Reviews')}</h2>
      {reviews && reviews.reviews.length > 0 && <ReviewSummary reviews={reviews} />}
      {reviews?.reviews.length === 0 && (
        <p>
          {isFunder
            ? t(
                'Ingen bedømmere er tildelt endnu. Vælg en bedømmer herunder; ansøgningen går så under vurdering.',
                'No reviewers are assigned yet. Choose a reviewer below; the application then goes under review.',
              )
            : t('Ingen vurderinger endnu.', 'No reviews yet.')}
        </p>
      )}
      {isFunder && (application.status === 'submitted' || application.status === 'under-review') && (
        <AssignReviewerForm
          applicationId={application.id}
          assigned={reviews?.reviews.length ?? 0}
          errors={fieldErrorsOf(failure)}
          reviewer={reviewer}
          onReviewer={setReviewer}
          onAssign={() => {
            void act('POST', '/reviewers', { reviewerUsername: reviewer });
            setReviewer('');
          }}
        />
      )}
      {mine && <ScoreForm call={call} onSave={(body) => act('PUT', '/review', body)} />}
      {failure !== null && <ErrorMessage error={failure} />}
    </section>
  );
}

/** The weighted score so far and each reviewer's status, score and comment. */
function ReviewSummary({ reviews }: { reviews: ApplicationReviewsDto }) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <>
      <p>
        {t('Samlet vægtet score', 'Aggregate weighted score')}:{' '}
        <strong>
          {reviews.aggregateScore === null ? '–' : i18n.formatNumber(reviews.aggregateScore, 1)}
        </strong>{' '}
        ({t(`${reviews.completedReviews} færdige`, `${reviews.completedReviews} completed`)})
      </p>
      <ul>
        {reviews.reviews.map((review: ReviewDto) => (
          <li key={review.id}>
            {review.reviewerUsername}:{' '}
            <StatusBadge status={review.status} label={grantStatusName(i18n, review.status)} />
            {review.weightedScore !== null && ` · ${i18n.formatNumber(review.weightedScore, 1)}`}
            {review.comment && ` · ${review.comment}`}
          </li>
        ))}
      </ul>
    </>
  );
}

function ScoreForm({ call, onSave }: { call: GrantCallDto; onSave: (body: unknown) => Promise<void> }) {
  const { t } = useI18n();
  const [scores, setScores] = useState<Record<string, string>>({});
  const [comment, setComment] = useState('');
  const complete = call.criteria.every(
    (criterion) => scores[criterion.id] !== undefined && scores[criterion.id] !== '',
  );
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void onSave({
          scores: call.criteria.map((criterion) => ({
            criterionId: criterion.id,
            score: Number(scores[criterion.id]),
          })),
          comment,
        });
      }}
    >
      <h3>{t('Din vurdering', 'Your review')}</h3>
      {call.criteria.map((criterion) => (
        <CriterionScore
          key={criterion.id}
          criterion={criterion}
          score={scores[criterion.id] ?? ''}
          onScore={(score) => setScores((current) => ({ ...current, [criterion.id]: score }))}
        />
      ))}
      <div className="field">
        <label htmlFor="review-comment">{t('Kommentar', 'Comment')}</label>
        <textarea id="review-comment" rows={3} value={comment} onChange={(e) => setComment(e.target.value)} />
      </div>
      <button type="submit" className="primary" disabled={!complete}>
        {t('Gem vurdering', 'Save review')}
      </button>
    </form>
  );
}

/** A score of 0–10 for one criterion of the call. */
function CriterionScore({
  criterion,
  score,
  onScore,
}: {
  criterion: GrantCallDto['criteria'][number];
  score: string;
  onScore: (score: string) => void;
}) {
  const { t } = useI18n();
  return (
    <div className="field inline">
      <label htmlFor={`score-${criterion.id}`}>
        {criterion.name} ({t('vægt', 'weight')} {criterion.weight})
      </label>
      <select id={`score-${criterion.id}`} value={score} onChange={(e) => onScore(e.target.value)}>
        <option value="">{t('Vælg 0–10', 'Choose 0–10')}</option>
        {Array.from({ length: 11 }, (_, score) => (
          <option key={score} value={score}>
            {score}
          </option>
        ))}
      </select>
    </div>
  );
}
