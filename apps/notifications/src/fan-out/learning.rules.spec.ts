import { randomUUID } from 'node:crypto';
import type { IndicatorStoryWrittenV1, StoryCommentAddedV1 } from '@samvirke/contracts';
import { TemplateBook } from '../templates/templates.store.js';
import { ruleForType } from './fan-out.rules.js';
import { STORY_COMMENTED_RULE, STORY_WRITTEN_RULE } from './learning.rules.js';
import type { DirectoryFacts } from './notification-rule.js';

const PROGRAMME = randomUUID();
const KBH = randomUUID();
const BACKBONE = randomUUID();
const facts: DirectoryFacts = {
  programmeName: 'Bryd den negative sociale arv',
  backbones: [BACKBONE],
  organisationNames: new Map([[KBH, 'Københavns Kommune']]),
};

describe('notifications of the story behind the curve', () => {
  const written: IndicatorStoryWrittenV1 = {
    programmeId: PROGRAMME,
    code: 'unge-i-uddannelse',
    period: '2026-Q2',
    organisationId: KBH,
    actions: 2,
  };

  it('tells the backbone coordinators who wrote the story, of which indicator and period', () => {
    expect(ruleForType('dk.samvirke.measurement.indicator-story.written.v1')).toBe(STORY_WRITTEN_RULE);
    expect(STORY_WRITTEN_RULE.directory(written)).toEqual({
      programmeId: PROGRAMME,
      organisationIds: [KBH],
      backbones: true,
    });
    const outcome = STORY_WRITTEN_RULE.outcome(written, facts);
    expect(outcome.audiences).toEqual([{ organisationIds: [BACKBONE], role: 'backbone-coordinator' }]);
    const message = new TemplateBook().render('indicator-story-written', 'da', outcome.variables('da'));
    expect(message.subject).toBe('Historien bag kurven: unge-i-uddannelse, 2026-Q2');
    expect(message.body).toContain('Københavns Kommune har skrevet historien bag kurven');
  });

  it('names a platform admin outside the programme, and renders the comment in English', () => {
    const comment: StoryCommentAddedV1 = {
      programmeId: PROGRAMME,
      commentId: randomUUID(),
      code: 'unge-i-uddannelse',
      period: '2026-Q2',
      organisationId: null,
    };
    expect(STORY_COMMENTED_RULE.directory(comment).organisationIds).toEqual([]);
    const outcome = STORY_COMMENTED_RULE.outcome(comment, facts);
    const message = new TemplateBook().render('story-comment-added', 'en', outcome.variables('en'));
    expect(message.body).toContain('A platform administrator commented on the story behind the curve');
  });
});
