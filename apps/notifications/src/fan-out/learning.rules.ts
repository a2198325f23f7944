import { indicatorStoryWrittenV1, storyCommentAddedV1, type StoryCommentAddedV1 } from '@samvirke/contracts';
import { kindOfRule, nameOf, type NotificationRule } from './notification-rule.js';

/** What a story and a comment on it both carry that the message shows. */
type StoryFields = Pick<StoryCommentAddedV1, 'programmeId' | 'code' | 'period' | 'organisationId'>;

/**
 * The story behind the curve, told to the programme's backbone coordinators, who keep the
 * programme's learning going: who wrote or commented, about which indicator and period.
 */
const storyRule = kindOfRule<StoryFields, Record<string, never>>({
  organisations: (data) => (data.organisationId ? [data.organisationId] : []),
  backbones: true,
  variables: (data, _details, facts, language) => ({
    organisationName: data.organisationId
      ? nameOf(facts, data.organisationId)
      : language === 'da'
        ? 'En platformsadministrator'
        : 'A platform administrator',
    code: data.code,
    period: data.period,
  }),
});

export const STORY_WRITTEN_RULE = storyRule({
  event: indicatorStoryWrittenV1,
  category: 'learning',
  audiences: (_data, facts) => [{ organisationIds: facts.backbones, role: 'backbone-coordinator' }],
});

export const STORY_COMMENTED_RULE = storyRule({
  event: storyCommentAddedV1,
  category: 'learning',
  audiences: (_data, facts) => [{ organisationIds: facts.backbones, role: 'backbone-coordinator' }],
});

/** Every rule of the story behind the curve. */
export const LEARNING_RULES: readonly NotificationRule[] = [STORY_WRITTEN_RULE, STORY_COMMENTED_RULE];
