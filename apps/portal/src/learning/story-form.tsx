import type { StoryDto, WriteStory } from '@samvirke/contracts';
import { useState } from 'react';
import { TextField } from '../admin/text-field.js';
import { useI18n } from '../i18n/i18n.js';
import { FormFailure } from '../measurement-admin/form-failure.js';
import { useAction } from '../measurement-admin/use-action.js';
import { usePortal } from '../portal-context.js';
import { ActionPlan } from './action-plan.js';

type Errors = Record<string, string>;

/** The story behind the curve as its form holds it. */
function draftOf(story: StoryDto): WriteStory {
  return {
    explanation: story.explanation,
    partners: story.partners,
    whatWorks: story.whatWorks,
    actions: story.actions.map((action) => ({ ...action })),
  };
}

/** What explains the numbers, partners who could help, what works, and who does what by when. */
export function StoryForm({ story, onSaved }: { story: StoryDto; onSaved: (story: StoryDto) => void }) {
  const { t } = useI18n();
  const { api } = usePortal();
  const action = useAction();
  const [draft, setDraft] = useState<WriteStory>(() => draftOf(story));
  const path = `/measurement/programmes/${story.programmeId}/indicators/${encodeURIComponent(story.code)}/stories/${story.period}`;
  const change = (patch: Partial<WriteStory>) => setDraft((current) => ({ ...current, ...patch }));
  const save = () => action.run(() => api.send<StoryDto>('PUT', path, draft), onSaved);
  return (
    <form
      className="panel"
      aria-labelledby="story-form-heading"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <h2 id="story-form-heading">{t('Historien bag kurven', 'The story behind the curve')}</h2>
      <StoryTexts draft={draft} change={change} errors={action.errors} />
      <ActionPlan
        actions={draft.actions}
        onChange={(actions) => change({ actions })}
        errors={action.errors}
      />
      <FormFailure failure={action.failure} errors={action.errors} />
      <button type="submit" disabled={action.busy}>
        {t('Gem historien', 'Save the story')}
      </button>
    </form>
  );
}

function StoryTexts({
  draft,
  change,
  errors,
}: {
  draft: WriteStory;
  change: (patch: Partial<WriteStory>) => void;
  errors: Errors;
}) {
  const { t } = useI18n();
  const field = (key: 'explanation' | 'partners' | 'whatWorks', label: string, rows: number) => (
    <TextField
      id={`story-${key}`}
      pointer={`/${key}`}
      rows={rows}
      label={label}
      value={draft[key]}
      onChange={(value) => change({ [key]: value })}
      errors={errors}
    />
  );
  return (
    <>
      {field('explanation', t('Hvad forklarer tallene?', 'What explains the numbers?'), 5)}
      {field('partners', t('Hvilke partnere kan hjælpe?', 'Which partners could help?'), 3)}
      {field('whatWorks', t('Hvad virker?', 'What works?'), 4)}
    </>
  );
}
