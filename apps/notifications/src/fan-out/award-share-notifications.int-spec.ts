import { randomUUID } from 'node:crypto';
import {
  awardShareDeclinedV1,
  awardShareRequestedV1,
  type InboxItemDto,
  type Page,
} from '@samvirke/contracts';
import { DEMO_ORGANISATIONS, waitFor } from '@samvirke/testing';
import { notificationsSuite } from '../../test/notifications.fixture.js';

/** A co-funder is asked to confirm its share of an award; the awarding foundation hears of a decline. */
const ctx = notificationsSuite('notifications_shares');
let programmeId: string;

const share = () => ({
  awardId: randomUUID(),
  applicationId: randomUUID(),
  callId: randomUUID(),
  programmeId,
  granteeOrganisationId: DEMO_ORGANISATIONS.kobenhavn.id,
  awardingOrganisationId: DEMO_ORGANISATIONS.helsefonden.id,
  funderOrganisationId: DEMO_ORGANISATIONS.bikubenfonden.id,
  amountOre: 50_000_000,
  awardAmountOre: 150_000_000,
  title: 'Ungeindsats i København',
});

beforeAll(async () => {
  programmeId = await ctx.seedProgramme('Hjem til Alle Alliancen', [
    [DEMO_ORGANISATIONS.helsefonden.id, ['funder']],
    [DEMO_ORGANISATIONS.bikubenfonden.id, ['funder']],
    [DEMO_ORGANISATIONS.kobenhavn.id, ['data-provider']],
  ]);
  for (const user of ['helsefonden', 'bikubenfonden'] as const)
    expect((await ctx.call(user, 'GET', '/preferences')).status).toBe(200);
}, 120_000);

it("asks the co-funder's officers, in-app and by e-mail, to confirm its share; tells the awarding foundation of a decline", async () => {
  await ctx.publish([
    {
      definition: awardShareRequestedV1,
      data: { ...share(), requestedAt: new Date().toISOString() },
      options: { subject: programmeId, programmeId },
    },
  ]);
  const asked = await waitFor(
    'the request mail',
    () => ctx.mailsTo('officer.bikubenfonden@samvirke.example', /Bekræft jeres andel/)[0],
  );
  expect(asked.text).toMatch(/Helsefonden vil bevilge 1\.500\.000\skr\./);
  const inbox = await ctx.call<Page<InboxItemDto>>('bikubenfonden', 'GET', '/inbox?category=grant-update');
  expect(inbox.body.items.map((item) => item.eventType)).toEqual([awardShareRequestedV1.type]);
  // The awarding foundation decided the award itself: it is not asked.
  const awarding = await ctx.call<Page<InboxItemDto>>('helsefonden', 'GET', '/inbox?category=grant-update');
  expect(awarding.body.items).toEqual([]);

  await ctx.publish([
    {
      definition: awardShareDeclinedV1,
      data: { ...share(), declinedAt: new Date().toISOString(), reason: 'Uden for vores strategi i år.' },
      options: { subject: programmeId, programmeId },
    },
  ]);
  const declined = await waitFor(
    'the decline mail',
    () => ctx.mailsTo('officer.helsefonden@samvirke.example', /har afvist sin andel/)[0],
  );
  expect(declined.text).toContain('Begrundelse: Uden for vores strategi i år.');
});
