import type {
  AnnouncementAudience,
  AnnouncementDto,
  AnnouncementPublishedV1,
  MembershipRole,
  ProblemFieldError,
} from '@samvirke/contracts';
import type { Principal } from '@samvirke/auth';
import { DomainError, ValidationFailed } from '@samvirke/platform';
import type { ProgrammeView } from '../programmes/programmes.rules.js';

/** An announcement as stored, before the caller's own read receipt is added. */
export type AnnouncementRecord = Omit<AnnouncementDto, 'readAt' | 'status'> & {
  readonly authorUsername: string | null;
};

/** A current member as the audience is chosen from. */
export interface Member {
  readonly organisationId: string;
  readonly roles: readonly MembershipRole[];
}

const AUTHOR_ROLES: readonly MembershipRole[] = ['backbone', 'funder'];

/**
 * The organisation an announcement is signed by: the caller's organisation that is the programme's
 * backbone or one of its funders; a platform admin who is neither signs for their own organisation.
 */
export function authorOrganisation(principal: Principal, members: readonly Member[]): string {
  const ownMembers = members.filter((member) => principal.organisations.includes(member.organisationId));
  const author =
    ownMembers.find((member) => member.roles.some((role) => AUTHOR_ROLES.includes(role)))?.organisationId ??
    principal.organisations[0];
  if (!author)
    throw new DomainError('forbidden', 'An announcement is signed by an organisation; you have none.');
  return author;
}

/** Every organisation the audience names must be a current member: a problem per one that is not. */
export function audienceErrors(
  audience: AnnouncementAudience,
  members: readonly Member[],
): ProblemFieldError[] {
  const memberIds = new Set(members.map((member) => member.organisationId));
  const errors = audience.organisationIds.flatMap((id, index) =>
    memberIds.has(id)
      ? []
      : [{ pointer: `/audience/organisationIds/${index}`, detail: 'not a current member of the programme' }],
  );
  if (recipientsOf(audience, members).length === 0 && errors.length === 0)
    errors.push({ pointer: '/audience', detail: 'no current member holds these roles' });
  return errors;
}

export function requireAudience(audience: AnnouncementAudience, members: readonly Member[]): void {
  const errors = audienceErrors(audience, members);
  if (errors.length > 0) throw new ValidationFailed(errors);
}

/** Who an announcement goes to: every member without a choice, else those named or holding a role. */
export function recipientsOf(audience: AnnouncementAudience, members: readonly Member[]): string[] {
  const everyone = audience.organisationIds.length === 0 && audience.roles.length === 0;
  return members
    .filter(
      (member) =>
        everyone ||
        audience.organisationIds.includes(member.organisationId) ||
        member.roles.some((role) => audience.roles.includes(role)),
    )
    .map((member) => member.organisationId);
}

/** When it goes out: at the time asked for, or now when that is absent or has passed. */
export function publishTime(requested: string | undefined, now: Date): Date {
  const at = requested ? new Date(requested) : now;
  return at.getTime() > now.getTime() ? at : now;
}

/**
 * Who reads an announcement: the programme's managers always (scheduled ones too); anyone else
 * once it is published, and only when one of their organisations is among its recipients.
 */
export function mayRead(
  principal: Principal,
  view: ProgrammeView,
  announcement: AnnouncementRecord,
): boolean {
  if (view.canManage) return true;
  if (announcement.publishedAt === null) return false;
  return announcement.recipientOrganisationIds.some((id) => principal.organisations.includes(id));
}

export function announcementNotFound(id: string): DomainError {
  return new DomainError('not-found', `No announcement ${id} that you can see.`);
}

export function withReceipt(record: AnnouncementRecord, readAt: string | null): AnnouncementDto {
  const { authorUsername: _author, ...dto } = record;
  return { ...dto, status: record.publishedAt ? 'published' : 'scheduled', readAt };
}

/**
 * The start of a Markdown body as plain text for the inbox and e-mail: markup characters dropped,
 * links as their text, whitespace folded, at most `length` characters ending in an ellipsis.
 */
export function plainExcerpt(markdown: string, length = 280): string {
  const text = markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s{0,3}(#{1,6}|[-*+]|\d+\.|>)\s+/gm, '')
    .replace(/[*_`~]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return text.length <= length ? text : `${text.slice(0, length - 1).trimEnd()}…`;
}

/** The payload of announcement.published. */
export function publishedEvent(record: AnnouncementRecord, publishedAt: Date): AnnouncementPublishedV1 {
  return {
    announcementId: record.id,
    programmeId: record.programmeId,
    title: record.title,
    excerpt: plainExcerpt(record.body),
    authorOrganisationId: record.authorOrganisationId,
    recipientOrganisationIds: record.recipientOrganisationIds,
    publishedAt: publishedAt.toISOString(),
  };
}
