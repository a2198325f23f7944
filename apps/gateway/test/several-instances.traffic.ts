import { youngPeopleInEducation } from '@samvirke/testing';

/** One request through the gateway and what came of it. */
export interface Answer {
  readonly label: string;
  readonly method: string;
  /** 0: no answer at all (the connection failed or the test's own limit cut it). */
  readonly status: number;
  readonly ms: number;
  /** When it was sent (epoch ms). */
  readonly at: number;
  /** The body was an RFC 9457 problem. */
  readonly problem: boolean;
  readonly body: unknown;
}

/** Requests through one gateway as one user, each answer kept with how long it took. */
export class GatewayTraffic {
  readonly answers: Answer[] = [];

  constructor(
    private readonly gateway: string,
    private readonly token: string,
    /** A request still unanswered after this long is cut (and counts as a hang). */
    private readonly limitMs: number,
  ) {}

  async call(label: string, method: string, path: string, body?: unknown): Promise<Answer> {
    const started = Date.now();
    let answer: Answer;
    try {
      const response = await fetch(`${this.gateway}/api${path}`, {
        method,
        headers: {
          authorization: `Bearer ${this.token}`,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        signal: AbortSignal.timeout(this.limitMs),
      });
      const type = response.headers.get('content-type') ?? '';
      const text = await response.text();
      const parsed: unknown = type.includes('json') && text ? JSON.parse(text) : text;
      answer = {
        label,
        method,
        status: response.status,
        ms: Date.now() - started,
        at: started,
        problem: type.includes('application/problem+json'),
        body: parsed,
      };
    } catch (error) {
      answer = {
        label,
        method,
        status: 0,
        ms: Date.now() - started,
        at: started,
        problem: false,
        body: String(error),
      };
    }
    this.answers.push(answer);
    return answer;
  }

  /**
   * Reads and writes of measurement, grants and notifications, one after another, until `done`
   * says stop: the requests that meet an instance as it is killed.
   */
  async probe(worker: number, done: () => boolean, lookupId: () => string): Promise<void> {
    for (let round = 0; !done(); round += 1) {
      await this.call('measurement read', 'GET', '/measurement/indicators?limit=5');
      await this.call('grants read', 'GET', '/grants/calls');
      await this.call('notifications read', 'GET', `/notifications/directory/organisations/${lookupId()}`);
      const code = `probe-${worker}-${round}-${Date.now().toString(36)}`;
      await this.call('measurement write', 'POST', '/measurement/indicators', youngPeopleInEducation(code));
    }
  }
}

/** What each kind of request may answer: success, or a clean failure (a problem, 502/503/504). */
const ACCEPTED: Record<string, readonly number[]> = {
  'partners write': [201],
  'measurement read': [200],
  'grants read': [200],
  // Until the organisation reached the instance's directory it is not found: an answer too.
  'notifications read': [200, 404],
  'measurement write': [201],
};

/** The answers that were neither accepted nor a clean failure in time. */
export function unclean(answers: readonly Answer[], timeoutMs: number): Answer[] {
  return answers.filter((answer) => {
    if (answer.status === 0 || answer.ms > timeoutMs) return true;
    if (ACCEPTED[answer.label]?.includes(answer.status)) return false;
    return !([502, 503, 504].includes(answer.status) && answer.problem);
  });
}
