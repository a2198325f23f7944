/**
 * The data the authorisation matrix runs against, made through the gateway by the demo users
 * themselves: programmes, members, activities, periods and submissions in both scopes, and the
 * grants, webhook subscriptions and feed grants of the areas that are running.
 */
import {
  DEMO_CLIENTS,
  DEMO_ORGANISATIONS,
  DEMO_USERS,
  clientToken,
  requestAs,
  userToken,
  waitFor,
  youngPeopleInEducation,
} from '@samvirke/testing';
import type { FeedWorld } from './authorisation-matrix.feed.js';
import type { GrantsScope, GrantsWorld } from './authorisation-matrix.grants.js';
import type { NotificationsWorld } from './authorisation-matrix.notifications.js';
import type { MatrixWorld, Scope } from './authorisation-matrix.table.js';

/** One gateway call as a demo user; throws on anything but 2xx. */
export async function call(
  base: string,
  user: keyof typeof DEMO_USERS,
  method: string,
  path: string,
  body?: unknown,
): Promise<Record<string, unknown>> {
  const response = await fetch(`${base}${path}`, await requestAs(user, method, body));
  const text = await response.text();
  if (!response.ok) throw new Error(`${user} ${method} ${path} → ${response.status}: ${text}`);
  return (text ? JSON.parse(text) : {}) as Record<string, unknown>;
}

/** Both scopes' programmes, members, activities, periods and draft submissions, made by their real users. */
export async function buildWorld(gateway: string): Promise<MatrixWorld> {
  const partners = (user: keyof typeof DEMO_USERS, method: string, path: string, body?: unknown) =>
    call(`${gateway}/api/partners`, user, method, path, body);
  const measurement = (user: keyof typeof DEMO_USERS, method: string, path: string, body?: unknown) =>
    call(`${gateway}/api/measurement`, user, method, path, body);
  const kommunekoder: Partial<Record<string, string>> = { kobenhavn: '101', aarhus: '751' };
  for (const [key, organisation] of Object.entries(DEMO_ORGANISATIONS)) {
    await partners('admin', 'POST', '/organisations', {
      id: organisation.id,
      name: organisation.name,
      type: organisation.type,
      ...(kommunekoder[key] ? { kommunekode: kommunekoder[key] } : {}),
    });
  }
  let counter = 0;
  const unique = (): string => `${Date.now().toString(36)}-${(counter += 1)}`;
  const programme = async (user: keyof typeof DEMO_USERS, backbone: string | null) => {
    const created = await partners(user, 'POST', '/programmes', {
      name: 'Matrixprogram',
      slug: `matrix-${unique()}`,
      problemStatement: 'Et problem.',
      vision: 'En vision.',
      startDate: '2026-01-01',
      backboneOrganisationId: backbone,
      goals: [{ title: 'Mål et' }, { title: 'Mål to' }],
    });
    return {
      id: created['id'] as string,
      goalIds: (created['goals'] as { id: string }[]).map((goal) => goal.id),
    };
  };
  const own = await programme('helsefonden', DEMO_ORGANISATIONS.backbone.id);
  const other = await programme('bikubenfonden', null);
  const providerRoles = { own: ['data-provider', 'implementing-partner'], other: ['data-provider'] };
  await partners('coordinator', 'POST', `/programmes/${own.id}/members`, {
    organisationId: DEMO_ORGANISATIONS.kobenhavn.id,
    roles: providerRoles.own,
  });
  await partners('coordinator', 'POST', `/programmes/${own.id}/members`, {
    organisationId: DEMO_ORGANISATIONS.ngo.id,
    roles: ['implementing-partner'],
  });
  await partners('bikubenfonden', 'POST', `/programmes/${other.id}/members`, {
    organisationId: DEMO_ORGANISATIONS.aarhus.id,
    roles: providerRoles.other,
  });
  const activity = async (
    user: keyof typeof DEMO_USERS,
    programmeId: string,
    organisationId: string,
    goalId?: string,
  ) =>
    (
      await partners(user, 'POST', `/programmes/${programmeId}/activities`, {
        organisationId,
        title: 'Opsøgende arbejde',
        goalIds: [goalId],
      })
    )['id'] as string;
  const activities = {
    own: {
      [DEMO_ORGANISATIONS.helsefonden.id]: await activity(
        'helsefonden',
        own.id,
        DEMO_ORGANISATIONS.helsefonden.id,
        own.goalIds[0],
      ),
      [DEMO_ORGANISATIONS.backbone.id]: await activity(
        'coordinator',
        own.id,
        DEMO_ORGANISATIONS.backbone.id,
        own.goalIds[0],
      ),
      [DEMO_ORGANISATIONS.kobenhavn.id]: await activity(
        'reporterKobenhavn',
        own.id,
        DEMO_ORGANISATIONS.kobenhavn.id,
        own.goalIds[0],
      ),
      [DEMO_ORGANISATIONS.ngo.id]: await activity(
        'member',
        own.id,
        DEMO_ORGANISATIONS.ngo.id,
        own.goalIds[0],
      ),
    },
    other: {
      [DEMO_ORGANISATIONS.aarhus.id]: await activity(
        'reporterAarhus',
        other.id,
        DEMO_ORGANISATIONS.aarhus.id,
        other.goalIds[0],
      ),
    },
  };

  const code = `matrix-ind-${unique()}`;
  const indicator = await measurement('coordinator', 'POST', '/indicators', youngPeopleInEducation(code));
  // Measurement learns programmes and members from partners' events.
  await waitFor('measurement to know both programmes and their members', async () => {
    try {
      await measurement('coordinator', 'PUT', `/programmes/${own.id}/indicators/${code}`, {
        frequency: 'quarterly',
      });
      await measurement('admin', 'PUT', `/programmes/${other.id}/indicators/${code}`, {
        frequency: 'quarterly',
      });
      await measurement('reporterAarhus', 'GET', `/programmes/${other.id}/indicators`);
      await measurement('reporterKobenhavn', 'GET', `/programmes/${own.id}/indicators`);
      await measurement('member', 'GET', `/programmes/${own.id}/indicators`);
      return true;
    } catch {
      return false;
    }
  });
  const periods = async (user: keyof typeof DEMO_USERS, programmeId: string) => {
    const open = async (period: string) =>
      (
        await measurement(user, 'POST', `/programmes/${programmeId}/periods`, {
          frequency: 'quarterly',
          period,
          dueDate: '2099-07-31',
        })
      )['id'] as string;
    return { period: await open('2026-Q2'), spare: await open('2026-Q3') };
  };
  const ownPeriods = await periods('coordinator', own.id);
  const otherPeriods = await periods('admin', other.id);
  const values = { values: [{ indicator: code, value: 10 }] };
  await measurement(
    'reporterKobenhavn',
    'PUT',
    `/programmes/${own.id}/periods/${ownPeriods.period}/submissions/${DEMO_ORGANISATIONS.kobenhavn.id}`,
    values,
  );
  await measurement(
    'reporterAarhus',
    'PUT',
    `/programmes/${other.id}/periods/${otherPeriods.period}/submissions/${DEMO_ORGANISATIONS.aarhus.id}`,
    values,
  );
  const organisations = Object.fromEntries(
    Object.entries(DEMO_ORGANISATIONS).map(([key, organisation]) => [key, organisation.id]),
  ) as MatrixWorld['organisations'];
  const scopes = (ownValue: string, otherValue: string): Record<Scope, string> => ({
    own: ownValue,
    other: otherValue,
  });
  return {
    organisations,
    programme: { own, other },
    provider: {
      own: { id: DEMO_ORGANISATIONS.kobenhavn.id, roles: providerRoles.own },
      other: { id: DEMO_ORGANISATIONS.aarhus.id, roles: providerRoles.other },
    },
    activities,
    period: scopes(ownPeriods.period, otherPeriods.period),
    sparePeriod: scopes(ownPeriods.spare, otherPeriods.spare),
    indicator: { id: indicator['id'] as string, code },
    unique,
  };
}

/**
 * Grants in both scopes: Helsefonden's call in the own programme with København's application
 * (submitted, the backbone's coordinator assigned to review it, awarded) and the NGO's draft;
 * Bikubenfonden's call in the other programme with Aarhus's awarded application.
 */
export async function buildGrantsWorld(gateway: string, base: MatrixWorld): Promise<GrantsWorld> {
  const grants = (user: keyof typeof DEMO_USERS, method: string, path: string, body?: unknown) =>
    call(`${gateway}/api/grants`, user, method, path, body);
  const scope = async (
    officer: keyof typeof DEMO_USERS,
    funderId: string,
    programmeId: string,
    applicant: { user: keyof typeof DEMO_USERS; organisationId: string },
    reviewer?: string,
  ): Promise<GrantsScope> => {
    // Grants learns programmes, members and organisations from partners' events.
    await waitFor('grants to know the programme and its funder', async () => {
      try {
        await grants(officer, 'POST', `/programmes/${programmeId}/commitments`, {
          funderOrganisationId: funderId,
          amountOre: 10_000_000,
          periodStart: '2026-01-01',
          periodEnd: '2027-12-31',
        });
        return true;
      } catch {
        return false;
      }
    });
    const created = await grants(officer, 'POST', `/programmes/${programmeId}/calls`, {
      funderOrganisationId: funderId,
      title: 'Tidlig indsats',
      budgetOre: 5_000_000,
      opensAt: new Date(Date.now() - 3_600_000).toISOString(),
      closesAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
      eligibleOrganisationTypes: ['municipality', 'ngo'],
      criteria: [{ name: 'Effekt', weight: 1 }],
    });
    const callId = created['id'] as string;
    // A form of its own, so that its version 1 is there for everyone to read.
    await grants(officer, 'PUT', `/calls/${callId}/form`, {
      questions: [{ key: 'formaal', label: 'Formål', type: 'text' }],
    });
    const started = await grants(applicant.user, 'POST', `/calls/${callId}/applications`, {
      applicantOrganisationId: applicant.organisationId,
      title: 'Lektiecafé',
      description: 'Lektiehjælp i tre skoler.',
      requestedAmountOre: 100_000,
      budgetLines: [{ category: 'Løn', amountOre: 100_000 }],
    });
    const applicationId = started['id'] as string;
    await grants(applicant.user, 'POST', `/applications/${applicationId}/submit`);
    if (reviewer) {
      await grants(officer, 'POST', `/applications/${applicationId}/reviewers`, {
        reviewerUsername: reviewer,
      });
    }
    const award = await grants(officer, 'POST', `/applications/${applicationId}/award`, {
      amountOre: 100_000,
      shares: [{ funderOrganisationId: funderId, amountOre: 100_000 }],
      tranches: [{ amountOre: 100_000, earliestDate: '2026-01-01' }],
    });
    return {
      callId,
      criterionId: (created['criteria'] as { id: string }[])[0]?.id ?? '',
      applications: { [applicant.organisationId]: applicationId },
      awardedApplicationId: applicationId,
      awardId: award['id'] as string,
      trancheId: (award['tranches'] as { id: string }[])[0]?.id ?? '',
      funderId,
    };
  };
  // Grants assigns only reviewers who have signed in to it (apps/grants reviews/known-users.ts).
  // Any answer will do (here 404): the call is what signs the user in.
  for (const { username } of Object.values(DEMO_USERS)) {
    const response = await fetch(`${gateway}/api/grants/calls/00000000-0000-4000-8000-000000000000`, {
      headers: { authorization: `Bearer ${await userToken(username)}` },
    });
    await response.body?.cancel();
  }
  const own = await scope(
    'helsefonden',
    DEMO_ORGANISATIONS.helsefonden.id,
    base.programme.own.id,
    { user: 'reporterKobenhavn', organisationId: DEMO_ORGANISATIONS.kobenhavn.id },
    DEMO_USERS.coordinator.username,
  );
  const draft = await grants('member', 'POST', `/calls/${own.callId}/applications`, {
    applicantOrganisationId: DEMO_ORGANISATIONS.ngo.id,
    title: 'Gadeplan',
  });
  const other = await scope('bikubenfonden', DEMO_ORGANISATIONS.bikubenfonden.id, base.programme.other.id, {
    user: 'reporterAarhus',
    organisationId: DEMO_ORGANISATIONS.aarhus.id,
  });
  return {
    own: {
      ...own,
      applications: { ...own.applications, [DEMO_ORGANISATIONS.ngo.id]: draft['id'] as string },
    },
    other,
  };
}

/** A webhook subscription of each integration client, once notifications knows the organisations. */
export async function buildNotificationsWorld(gateway: string): Promise<NotificationsWorld> {
  const admin = await userToken(DEMO_USERS.admin.username);
  await waitFor('notifications to know the organisations', async () => {
    const known = await Promise.all(
      [DEMO_ORGANISATIONS.samvirke.id, DEMO_ORGANISATIONS.aarhus.id].map(async (id) => {
        const response = await fetch(`${gateway}/api/notifications/directory/organisations/${id}`, {
          headers: { authorization: `Bearer ${admin}` },
        });
        return response.status === 200;
      }),
    );
    return known.every(Boolean);
  });
  const subscribe = async (token: string): Promise<string> => {
    const response = await fetch(`${gateway}/api/notifications/webhooks/subscriptions`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        url: 'http://127.0.0.1:9/matrix',
        eventTypes: ['dk.samvirke.public.grant.awarded.v1'],
      }),
    });
    const text = await response.text();
    if (response.status !== 201)
      throw new Error(`webhook subscription refused (${response.status}): ${text}`);
    return (JSON.parse(text) as { id: string }).id;
  };
  return {
    own: { subscriptionId: await subscribe(await clientToken()) },
    other: {
      subscriptionId: await subscribe(
        await clientToken('samvirke-integration-other', 'samvirke-integration-other-dev-secret'),
      ),
    },
  };
}

/**
 * The own programme granted to the demo integration client and the other programme to the second
 * one, once the feed's public projector has learnt both programmes from partners' events.
 */
export async function buildFeedWorld(gateway: string, base: MatrixWorld): Promise<FeedWorld> {
  const world: FeedWorld = {
    clientId: DEMO_CLIENTS.integration.clientId,
    otherClientId: 'samvirke-integration-other',
  };
  const grant = async (clientId: string, programmeId: string): Promise<boolean> => {
    try {
      await call(gateway, 'admin', 'PUT', `/api/feed/grants/${clientId}/programmes/${programmeId}`);
      return true;
    } catch {
      return false;
    }
  };
  await waitFor(
    'the feed to know both programmes for its grants',
    async () =>
      (
        await Promise.all([
          grant(world.clientId, base.programme.own.id),
          grant(world.otherClientId, base.programme.other.id),
        ])
      ).every(Boolean),
    { intervalMs: 250 },
  );
  return world;
}
