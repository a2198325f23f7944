import { randomUUID } from 'node:crypto';
import {
  indicatorStoryWrittenV1,
  storyCommentAddedV1,
  type InboxItemDto,
  type Page,
} from '@samvirke/contracts';
import { DEMO_ORGANISATIONS, waitFor } from '@samvirke/testing';
import { notificationsSuite } from '../../test/notifications.fixture.js';

/** The story behind the curve reaches the backbone's coordinators from real Kafka events. */
const ctx = notificationsSuite('learning_notifications');
const KBH = DEMO_ORGANISATIONS.kobenhavn.id;
let programmeId: string;

beforeAll(async () => {
  programmeId = await ctx.seedProgramme('Bryd den negative sociale arv', [
    [KBH, ['data-provider']],
    [DEMO_ORGANISATIONS.backbone.id, ['backbone']],
  ]);
  for (const user of ['reporterKobenhavn', 'coordinator'] as const)
    expect((await ctx.call(user, 'GET', '/preferences')).status).toBe(200);
}, 120_000);

it('tells the backbone coordinators of a story and a comment, in the learning category, and not the writer', async () => {
  const story = { programmeId, code: 'unge-i-uddannelse', period: '2026-Q2', organisationId: KBH };
  await ctx.publish([
    {
      definition: indicatorStoryWrittenV1,
      data: { ...story, actions: 1 },
      options: { subject: programmeId, programmeId },
    },
    {
      definition: storyCommentAddedV1,
      data: { ...story, commentId: randomUUID() },
      options: { subject: programmeId, programmeId },
    },
  ]);
  const inbox = await waitFor('both in the coordinator inbox', async () => {
    const answer = await ctx.call<Page<InboxItemDto>>('coordinator', 'GET', '/inbox?category=learning');
    return answer.body.items.length === 2 ? answer.body.items : undefined;
  });
  expect(inbox.map((item) => item.title).sort()).toEqual([
    'Historien bag kurven: unge-i-uddannelse, 2026-Q2',
    'Ny kommentar til historien bag kurven: unge-i-uddannelse, 2026-Q2',
  ]);
  expect(inbox[0]?.about).toEqual({ kind: 'programme', id: programmeId });
  const reporter = await ctx.call<Page<InboxItemDto>>('reporterKobenhavn', 'GET', '/inbox?category=learning');
  expect(reporter.body.items).toEqual([]);
});
