import type { CloudEvent } from '@samvirke/contracts';
import type { Principal } from '@samvirke/auth';
import {
  changedSettings,
  eventTypeErrors,
  mayOwnSubscriptions,
  programmeErrors,
  subscriptionScope,
  webhookBody,
  webhookDedupeKey,
} from './webhooks.rules.js';

const principal = (roles: string[], clientId?: string): Principal =>
  ({ subject: 's', username: undefined, organisations: ['o1'], roles, clientId }) as unknown as Principal;

describe('webhook subscription rules', () => {
  it('lets only integration clients own subscriptions', () => {
    expect(mayOwnSubscriptions(principal(['integration'], 'client-1'))).toBe(true);
    expect(mayOwnSubscriptions(principal(['integration']))).toBe(false);
    expect(mayOwnSubscriptions(principal(['platform-admin'], 'client-1'))).toBe(false);
  });

  it('shows platform admins every subscription and others their own client', () => {
    expect(subscriptionScope(principal(['platform-admin']))).toEqual({ admin: true, clientId: '' });
    expect(subscriptionScope(principal(['integration'], 'client-1'))).toEqual({
      admin: false,
      clientId: 'client-1',
    });
  });

  it('accepts public event types and names the public counterpart of an internal one', () => {
    const errors = eventTypeErrors([
      'dk.samvirke.public.programme.created.v1',
      'dk.samvirke.partners.programme.created.v1',
      'dk.samvirke.partners.contact.changed.v1',
      'dk.samvirke.nothing.v1',
    ]);
    expect(errors.map((error) => error.pointer)).toEqual(['/eventTypes/1', '/eventTypes/2', '/eventTypes/3']);
    expect(errors[0]?.detail).toBe(
      'dk.samvirke.partners.programme.created.v1 is internal; subscribe to the public dk.samvirke.public.programme.created.v1',
    );
    expect(errors[1]?.detail).toContain('is internal and not sent to integrations');
    expect(errors[2]?.detail).toBe('unknown event type dk.samvirke.nothing.v1');
  });

  it('refuses programmes the owner is not a member of, by position', () => {
    expect(programmeErrors(['p1', 'p2', 'p3'], new Set(['p2']))).toEqual([
      { pointer: '/programmeIds/0', detail: 'not a programme your organisation takes part in' },
      { pointer: '/programmeIds/2', detail: 'not a programme your organisation takes part in' },
    ]);
  });

  it('changes what the command gives, keeps the rest, and drops repeats', () => {
    const current = {
      url: 'https://a.example/hook',
      eventTypes: ['t1'],
      programmeIds: ['p1'],
      description: 'first',
      enabled: false,
    };
    expect(changedSettings(current, { eventTypes: ['t2', 't2', 't3'], enabled: true })).toEqual({
      ...current,
      eventTypes: ['t2', 't3'],
      enabled: true,
    });
    expect(changedSettings(current, {})).toEqual(current);
  });
});

describe('webhook bodies', () => {
  const event = {
    specversion: '1.0',
    id: 'e1',
    type: 'dk.samvirke.public.programme.created.v1',
    source: '/samvirke/gateway',
    subject: 'p1',
    time: '2026-01-01T00:00:00Z',
    datacontenttype: 'application/json',
    data: {},
  } as unknown as CloudEvent;

  it('carry the event as a structured CloudEvent, with its programme when it has one', () => {
    expect(JSON.parse(webhookBody({ ...event, programmeid: 'p1' }, { name: 'X' }))).toEqual({
      specversion: '1.0',
      id: 'e1',
      type: 'dk.samvirke.public.programme.created.v1',
      source: '/samvirke/gateway',
      subject: 'p1',
      time: '2026-01-01T00:00:00Z',
      programmeid: 'p1',
      datacontenttype: 'application/json',
      data: { name: 'X' },
    });
    expect(JSON.parse(webhookBody(event, {}))).not.toHaveProperty('programmeid');
  });

  it('are keyed by event and subscription', () => {
    expect(webhookDedupeKey('e1', 's1')).toBe('webhook:e1:s1');
  });
});
