import type { StoryCommentDto, StoryDto } from '@samvirke/contracts';
import { useState } from 'react';
import { TextField } from '../admin/text-field.js';
import { useI18n } from '../i18n/i18n.js';
import { FormFailure } from '../measurement-admin/form-failure.js';
import { useAction } from '../measurement-admin/use-action.js';
import { usePortal } from '../portal-context.js';

/** The comments on a story, oldest first, and a form to add one. */
export function StoryComments({ story }: { story: StoryDto }) {
  const { t } = useI18n();
  const [comments, setComments] = useState<StoryCommentDto[]>(story.comments);
  return (
    <section className="panel" aria-labelledby="story-comments-heading">
      <h2 id="story-comments-heading">{t('Kommentarer', 'Comments')}</h2>
      <CommentList comments={comments} />
      <CommentForm story={story} onAdded={(added) => setComments((current) => [...current, added])} />
    </section>
  );
}

function CommentList({ comments }: { comments: StoryCommentDto[] }) {
  const i18n = useI18n();
  const { t } = i18n;
  if (comments.length === 0)
    return <p className="muted">{t('Ingen kommentarer endnu.', 'No comments yet.')}</p>;
  return (
    <ul className="plain">
      {comments.map((comment) => (
        <li key={comment.id}>
          <p>{comment.body}</p>
          <p className="muted">
            {comment.organisationName ?? t('Ukendt organisation', 'Unknown organisation')} ·{' '}
            {i18n.formatDate(comment.createdAt)}
          </p>
        </li>
      ))}
    </ul>
  );
}

function CommentForm({ story, onAdded }: { story: StoryDto; onAdded: (comment: StoryCommentDto) => void }) {
  const { t } = useI18n();
  const { api } = usePortal();
  const action = useAction();
  const [body, setBody] = useState('');
  const path = `/measurement/programmes/${story.programmeId}/indicators/${encodeURIComponent(story.code)}/stories/${story.period}/comments`;
  const add = () =>
    action.run(
      () => api.send<StoryCommentDto>('POST', path, { body }),
      (added) => {
        onAdded(added);
        setBody('');
      },
    );
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void add();
      }}
    >
      <TextField
        id="story-comment"
        pointer="/body"
        rows={3}
        label={t('Ny kommentar', 'New comment')}
        value={body}
        onChange={setBody}
        errors={action.errors}
      />
      <FormFailure failure={action.failure} errors={action.errors} />
      <button type="submit" disabled={action.busy}>
        {t('Kommentér', 'Comment')}
      </button>
    </form>
  );
}
