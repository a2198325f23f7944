/** The shapes of the authorisation matrix (authorisation-matrix.table.ts has the rows). */
import type { Role } from '@samvirke/auth';
import type { DEMO_ORGANISATIONS } from '@samvirke/testing';
import type { ConsentWorld } from './authorisation-matrix.consent.js';
import type { FeedWorld } from './authorisation-matrix.feed.js';
import type { GrantsWorld } from './authorisation-matrix.grants.js';
import type { NotificationsWorld } from './authorisation-matrix.notifications.js';

export type Scope = 'own' | 'other';
export const ALLOW = 'allow';
export const FORBID = 'forbid';
export const HIDE = 'hide';
export type Verdict = typeof ALLOW | typeof FORBID | typeof HIDE;
/** [own, other] */
export type Expectation = Readonly<Record<Role, readonly [Verdict, Verdict]>>;

export interface Caller {
  readonly role: Role;
  readonly organisationId: string;
}

/** What the fixture sets up for both scopes before the matrix runs. */
export interface MatrixWorld {
  readonly organisations: { readonly [K in keyof typeof DEMO_ORGANISATIONS]: string };
  readonly programme: Readonly<Record<Scope, { readonly id: string; readonly goalIds: readonly string[] }>>;
  /** The data-providing member: København (own), Aarhus (other). */
  readonly provider: Readonly<Record<Scope, { readonly id: string; readonly roles: readonly string[] }>>;
  /** Activities by organisation id. */
  readonly activities: Readonly<Record<Scope, Readonly<Record<string, string>>>>;
  /** An open period with the provider's draft submission, and a spare one to close and reopen. */
  readonly period: Readonly<Record<Scope, string>>;
  readonly sparePeriod: Readonly<Record<Scope, string>>;
  readonly indicator: { readonly id: string; readonly code: string };
  /** Calls, applications and awards, when grants is among the APIs. */
  readonly grants?: GrantsWorld;
  /** Pending awards whose co-funders' consent the matrix asks for, when grants is among the APIs. */
  readonly consent?: ConsentWorld;
  /** Webhook subscriptions of two integration clients, when notifications is among the APIs. */
  readonly notifications?: NotificationsWorld;
  /** The feed grants, when the feed service runs. */
  readonly feed?: FeedWorld;
  /** Something unique for names, slugs and codes. */
  unique(): string;
}

export interface MatrixRequest {
  /** Values for the operation's {path} parameters. */
  readonly params?: Readonly<Record<string, string>>;
  readonly query?: Readonly<Record<string, string>>;
  readonly body?: unknown;
  /** Sent as is with this content type instead of JSON. */
  readonly text?: { readonly contentType: string; readonly body: string };
}

export interface MatrixRow {
  readonly request: (world: MatrixWorld, scope: Scope, caller: Caller) => MatrixRequest;
  readonly expect: Expectation;
  /** Statuses that mean "let through" for this operation. */
  readonly allowed: readonly number[];
  /** When 404 is among `allowed`: the detail that shows it is about the data, not the caller. */
  readonly allowedDetail?: RegExp;
  /** The detail of this operation's HIDE 404, when not "... that you can see". */
  readonly hiddenDetail?: RegExp;
  /** What a caller without a token gets, when not 401 (an address that is its own key). */
  readonly anonymous?: number;
}
