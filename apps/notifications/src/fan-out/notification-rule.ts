import type { z } from 'zod';
import type { NotificationCategory, NotificationLanguage, RegisteredEvent } from '@samvirke/contracts';
import type { Role } from '@samvirke/auth';

/** Who hears of an event: an organisation's users with one role ('*': every user of it). */
export interface Audience {
  readonly organisationIds: readonly string[];
  readonly role: Role | '*';
}

/** What a rule needs to know from notifications' copy of partners' directory. */
export interface DirectoryQuestion {
  readonly programmeId: string;
  /** Organisations whose names the message shows. */
  readonly organisationIds: readonly string[];
  /** Whether the audiences include the programme's backbone organisations. */
  readonly backbones: boolean;
  /** Whether the audiences include every current member organisation of the programme. */
  readonly members?: boolean;
}

/** The directory's answer; names fall back to the id when notifications has not heard of it. */
export interface DirectoryFacts {
  readonly programmeName: string;
  readonly backbones: readonly string[];
  readonly organisationNames: ReadonlyMap<string, string>;
  /** The programme's current member organisations, when the question asked for them. */
  readonly members?: readonly string[];
}

export interface RuleOutcome {
  readonly audiences: readonly Audience[];
  readonly variables: (language: NotificationLanguage) => Record<string, string>;
}

/**
 * Which event notifies whom, with which template and category. A rule reads its event's data as
 * the contract types it, so a renamed field fails to compile instead of becoming an empty string.
 * The two steps are pure: `directory` asks what to look up, `outcome` decides from the answer.
 */
export interface NotificationRule<D extends RegisteredEvent = RegisteredEvent> {
  readonly event: D;
  readonly template: string;
  readonly category: NotificationCategory;
  // Method syntax on purpose: method parameters are bivariant, so a rule of one event fits in the
  // list of every rule, while each rule is still checked against its own contract where it is made.
  directory(data: z.infer<D['schema']>): DirectoryQuestion;
  outcome(data: z.infer<D['schema']>, facts: DirectoryFacts): RuleOutcome;
}

/** An event type whose data carries at least the fields F. */
export type EventCarrying<F> = RegisteredEvent & { readonly schema: z.ZodType<F> };

/**
 * A rule of one of several events of a kind, which carry the same fields and show them alike:
 * what this event shows beyond them (`details`), and who hears of it.
 */
export interface KindRuleSpec<D extends RegisteredEvent, Details> {
  readonly event: D;
  /** The template's name; by default the event's, e.g. tranche-paid for dk.samvirke.grants.tranche.paid.v1. */
  readonly template?: string;
  readonly category: NotificationCategory;
  /** What this event shows beyond the common fields; nothing when left out. */
  readonly details?: (data: z.infer<D['schema']>) => Details;
  readonly audiences: (data: z.infer<D['schema']>, facts: DirectoryFacts) => Audience[];
}

/**
 * What the events of one kind share: the organisations their messages name, whether the
 * programme's backbones are asked for too, and the template variables (beyond the programme's
 * name, which every message shows) made from the common fields and what one event shows beyond them.
 */
export interface EventKind<F extends { readonly programmeId: string }, Details> {
  readonly organisations: (data: F) => string[];
  readonly backbones: boolean;
  readonly variables: (
    data: F,
    details: Details,
    facts: DirectoryFacts,
    language: NotificationLanguage,
  ) => Record<string, string>;
}

/**
 * A rule of one event about a programme: the organisations its message names, whether the
 * programme's backbones are asked for too (not unless said), who hears, and the template variables
 * beyond the programme's name, which every message shows.
 */
export interface ProgrammeRuleSpec<D extends EventCarrying<{ readonly programmeId: string }>> {
  readonly event: D;
  /** The template's name; by default the event's (see templateOf). */
  readonly template?: string;
  readonly category: NotificationCategory;
  readonly organisations: (data: z.infer<D['schema']>) => readonly string[];
  readonly backbones?: boolean;
  readonly audiences: (data: z.infer<D['schema']>, facts: DirectoryFacts) => Audience[];
  readonly variables: (
    data: z.infer<D['schema']>,
    facts: DirectoryFacts,
    language: NotificationLanguage,
  ) => Record<string, string>;
}

/** The rule of an event about a programme: asks the directory for its names, then tells its audiences. */
export function programmeRule<D extends EventCarrying<{ readonly programmeId: string }>>(
  spec: ProgrammeRuleSpec<D>,
): NotificationRule<D> {
  return defineRule<D>({
    event: spec.event,
    template: spec.template ?? templateOf(spec.event),
    category: spec.category,
    directory: (data) => ({
      programmeId: data.programmeId,
      organisationIds: spec.organisations(data),
      backbones: spec.backbones ?? false,
    }),
    outcome: (data, facts) => ({
      audiences: spec.audiences(data, facts),
      variables: (language) => ({
        programmeName: facts.programmeName,
        ...spec.variables(data, facts, language),
      }),
    }),
  });
}

/** The maker of the rules of one kind of event, each rule checked against its own contract. */
export function kindOfRule<F extends { readonly programmeId: string }, Details>(kind: EventKind<F, Details>) {
  const noDetails = (): Details => ({}) as Details;
  return <D extends EventCarrying<F>>(spec: KindRuleSpec<D, Details>): NotificationRule<D> =>
    programmeRule<D>({
      event: spec.event,
      template: spec.template,
      category: spec.category,
      organisations: kind.organisations,
      backbones: kind.backbones,
      audiences: spec.audiences,
      variables: (data, facts, language) =>
        kind.variables(data, (spec.details ?? noDetails)(data), facts, language),
    });
}

/** The template an event's message uses unless its rule names another: its aggregate and verb. */
export function templateOf(event: RegisteredEvent): string {
  return event.type.split('.').slice(3, -1).join('-');
}

/** A rule checked against its event's contract. */
export function defineRule<D extends RegisteredEvent>(rule: NotificationRule<D>): NotificationRule<D> {
  return rule;
}

/** An organisation's name as the directory knows it, else its id. */
export function nameOf(facts: DirectoryFacts, organisationId: string): string {
  return facts.organisationNames.get(organisationId) ?? organisationId;
}

/**
 * A rule that tells every user of one organisation (by the category's preferences), showing the
 * programme's and the organisation's names and what `variables` adds.
 */
export function organisationRule<D extends EventCarrying<{ readonly programmeId: string }>>(spec: {
  readonly event: D;
  readonly template?: string;
  readonly category: NotificationCategory;
  readonly organisation: (data: z.infer<D['schema']>) => string;
  readonly variables: (data: z.infer<D['schema']>, language: NotificationLanguage) => Record<string, string>;
}): NotificationRule<D> {
  return programmeRule<D>({
    event: spec.event,
    template: spec.template,
    category: spec.category,
    organisations: (data) => [spec.organisation(data)],
    audiences: (data) => [{ organisationIds: [spec.organisation(data)], role: '*' }],
    variables: (data, facts, language) => ({
      organisationName: nameOf(facts, spec.organisation(data)),
      ...spec.variables(data, language),
    }),
  });
}
