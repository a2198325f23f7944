import { programmeCreatedV1 } from '@samvirke/contracts';
import { directoryHandlers as directory } from '@samvirke/directory';
import { eventConsumer, on, inOrder } from '@samvirke/messaging';
import {
  contactHandler,
  contactRemovedHandler,
  sealedContactHandler,
} from '../directory/directory.projection.js';
import { FanOutService } from './fan-out.service.js';
import { GOVERNANCE_RULES } from './governance.rules.js';
import { ANNOUNCEMENT_PUBLISHED_RULE, MEMBERSHIP_GRANTED_RULE } from './partners.rules.js';
import { notifyBy, ruleConsumer } from './rule-consumer.js';

/** What waited for a new programme (partners records its memberships first) is notified now. */
const releaseDeferred = on(programmeCreatedV1, (data, { manager }, fanOut: FanOutService) =>
  fanOut.releaseDeferred(data.programmeId, manager),
);

/**
 * Partners' events keep notifications' copy of the directory (organisations, contacts, programmes,
 * memberships), and a membership is announced. One handler per type does both, in that order and
 * in the inbox transaction, so a rule reads the directory as the event left it.
 */
export const PartnersEventsConsumer = eventConsumer(
  'PartnersEventsConsumer',
  [
    directory.organisationRegistered,
    directory.organisationUpdated,
    contactHandler,
    sealedContactHandler,
    contactRemovedHandler,
    inOrder(directory.programmeCreated, releaseDeferred),
    directory.programmeUpdated,
    inOrder(directory.membershipGranted, notifyBy(MEMBERSHIP_GRANTED_RULE)),
    directory.membershipRevoked,
  ],
  FanOutService,
);

/** Announcements from a programme's backbone and funders, told to the members they went to. */
export const AnnouncementsConsumer = ruleConsumer('AnnouncementsConsumer', [ANNOUNCEMENT_PUBLISHED_RULE]);

/** A body's meetings and action items' reminders, told to the organisations concerned. */
export const GovernanceConsumer = ruleConsumer('GovernanceConsumer', GOVERNANCE_RULES);
