import { createClient, type Client, type FormattedExecutionResult as ExecutionResult } from 'graphql-ws';
import WebSocket from 'ws';
import { authConfigFromEnv, mintDevelopmentToken, type DevelopmentTokenClaims } from '@orebro/huvudman-auth';
import { forgedTokens } from './support/forged-tokens';
import { startTestGateway } from './support/in-process-federation';
import { useTestFederation, whileStopped, type TestFederation } from './support/test-federation';

// Lekeberg, Örebro and Kumla: enough instances to see a merge, a drop and a subscription routed to one.
const federation = useTestFederation({ kommuner: ['1814', '1880', '1881'] });

const bearer = async (claims: DevelopmentTokenClaims) => `Bearer ${await mintDevelopmentToken(claims)}`;

const REPORT = `mutation($k: ID!, $input: DeviationInput!) { reportKommunDeviation(kommunCode: $k, input: $input) { deviationId } }`;
const deviation = (concerned: string[], description: string) => ({
  occurredOn: '2025-03-04',
  processCode: 'utskrivning',
  description,
  concernedHuvudmanIds: concerned,
  severity: 'MODERATE',
});

interface Event {
  kommunDeviationReported?: { id: string; report: { reporterId: string; description: string; concernedHuvudmanIds: string[] } | null };
}

type Received = ExecutionResult<Event, unknown>;

/** One subscription on a graphql-ws client, collecting what it is sent until it completes or fails. */
function watch(client: Client, query: string, variables: Record<string, unknown>, connection: { closed?: { code: number; reason: string } }) {
  const received: Received[] = [];
  let failure: unknown;
  let completed = false;
  const waiters = new Set<() => void>();
  const wake = () => waiters.forEach((w) => w());
  client.subscribe<Event>(
    { query, variables },
    {
      next: (result) => {
        received.push(result);
        wake();
      },
      error: (error) => {
        failure = error;
        wake();
      },
      complete: () => {
        completed = true;
        wake();
      },
    },
  );
  /** Waits until `done` holds for what was received (or the subscription ended), calling `poke` now and then. */
  const until = async (done: (events: Received[]) => boolean, poke?: () => Promise<void>) => {
    while (!done(received) && failure === undefined && !completed && connection.closed === undefined) {
      await poke?.();
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, 1000);
        waiters.add(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    return received;
  };
  return { received, until, failure: () => failure, completed: () => completed, closed: () => connection.closed };
}

/** A real graphql-ws client on the gateway's /graphql with one subscription; `also` opens another on the same connection. */
function subscribe(federation: TestFederation, query: string, authorization?: string, variables: Record<string, unknown> = {}) {
  const connection: { closed?: { code: number; reason: string } } = {};
  const client: Client = createClient({
    url: federation.gatewayUrl.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    connectionParams: authorization ? { authorization } : {},
    retryAttempts: 0,
    on: {
      closed: (event) => {
        const { code, reason } = event as { code: number; reason: string };
        connection.closed = { code, reason };
      },
    },
  });
  return {
    ...watch(client, query, variables, connection),
    also: (query: string, variables: Record<string, unknown> = {}) => watch(client, query, variables, connection),
    dispose: () => client.dispose(),
  };
}

/** The event a subscription naming no kommun gets first in this federation: the kommuner it runs no instance for. */
const notConfiguredSignal = (event: Received) => event.errors?.every((e) => e.extensions?.reason === 'NOT_CONFIGURED') ?? false;

/**
 * A refusal as the gateway passes it on: one event with no data and the subgraph's errors, then complete
 * (after the not-configured signal, which a subscription naming no kommun gets at once).
 */
async function expectRefused(subscription: ReturnType<typeof subscribe>, code: string) {
  const events = (await subscription.until(() => false)).filter((event) => !notConfiguredSignal(event));
  expect(subscription.failure()).toBeUndefined();
  expect(subscription.completed()).toBe(true);
  expect(events).toHaveLength(1);
  expect(events[0].data).toBeUndefined();
  expect(events[0].errors?.map((e) => e.extensions?.code)).toEqual([code]);
  return events[0].errors![0];
}

describe('subscriptions through the gateway (graphql-ws on /graphql)', () => {
  const SELECTION = `subscription($kommun: ID) { kommunDeviationReported(kommunCode: $kommun) { id report { reporterId description concernedHuvudmanIds } } }`;

  it('gives a region staff member the deviation a Kumla writer reports concerning the region, with fields from other subgraphs', async () => {
    const region = subscribe(federation, SELECTION, await bearer({ huvudman: '18' }));
    const kumla = await bearer({ huvudman: '1881', roles: ['writer'] });
    const written: string[] = [];
    // The subscription is opened upstream asynchronously: report until one arrives (each is a real write).
    const report = async () => {
      const result = await federation.query<{ reportKommunDeviation: { deviationId: string } }>(
        REPORT,
        { k: '1881', input: deviation(['18'], `Läkemedelslista saknades vid utskrivning ${written.length + 1}.`) },
        { authorization: kumla },
      );
      expect(result).toHaveNoErrors();
      written.push(result.data!.reportKommunDeviation.deviationId);
    };
    try {
      const events = await region.until((e) => e.some((r) => r.data), report);
      const event = events.find((r) => r.data)!;
      expect(event.errors).toBeUndefined();
      const received = event.data!.kommunDeviationReported!;
      expect(written).toContain(received.id);
      // `report` is samverkan's field, requiring Kumla's kommunReports: resolved by the normal query plan.
      expect(received.report).toMatchObject({ reporterId: '1881', concernedHuvudmanIds: ['18'] });
      expect(received.report!.description).toMatch(/^Läkemedelslista saknades vid utskrivning \d+\.$/);
    } finally {
      await region.dispose();
    }
  }, 120_000);

  it('refuses a subscription without a token (each subgraph decides: UNAUTHENTICATED, given once), and forged or expired tokens at connect', async () => {
    // Every one of the three instances refuses at subscribe: the client gets the refusal once, then the end.
    const anonymous = subscribe(federation, SELECTION);
    // Named one kommun, the one instance opened refuses.
    const anonymousKumla = subscribe(federation, SELECTION, undefined, { kommun: '1881' });
    try {
      const refusal = await expectRefused(anonymous, 'UNAUTHENTICATED');
      expect(refusal.message).toMatch(/needs a token from staff of a participating huvudman/);
      expect((await expectRefused(anonymousKumla, 'UNAUTHENTICATED')).message).toBe(refusal.message);
    } finally {
      await Promise.all([anonymous.dispose(), anonymousKumla.dispose()]);
    }
    // Refused by the gateway at connect, before anything is opened upstream: closed with 4401 and the reason.
    for (const [name, token] of Object.entries(await forgedTokens({ huvudman: '18', roles: [] }))) {
      const forged = subscribe(federation, SELECTION, `Bearer ${token}`);
      try {
        await forged.until(() => false);
        expect({ name, code: forged.closed()?.code }).toEqual({ name, code: 4401 });
        expect(forged.closed()?.reason).toMatch(/^Not authenticated: /);
        expect(forged.received).toEqual([]);
      } finally {
        await forged.dispose();
      }
    }
  }, 120_000);

  it('gives a subscriber of another huvudman nothing that does not concern it, and refuses subscribing for another huvudman', async () => {
    const lekeberg = subscribe(federation, SELECTION, await bearer({ huvudman: '1814' }));
    const region = subscribe(federation, SELECTION, await bearer({ huvudman: '18' }));
    const kumla = await bearer({ huvudman: '1881', roles: ['writer'] });
    const forRegion: string[] = [];
    try {
      await region.until(
        (e) => e.some((r) => r.data),
        async () => {
          const result = await federation.query<{ reportKommunDeviation: { deviationId: string } }>(
            REPORT,
            { k: '1881', input: deviation(['18'], 'Hjälpmedel levererades inte före hemgång.') },
            { authorization: kumla },
          );
          forRegion.push(result.data!.reportKommunDeviation.deviationId);
        },
      );
      // Every write concerning the region has been committed and announced: Lekeberg got none of them.
      expect(lekeberg.received.filter((r) => r.data)).toEqual([]);
    } finally {
      await Promise.all([lekeberg.dispose(), region.dispose()]);
    }
    const lekebergWriter = await bearer({ huvudman: '1814', roles: ['writer'] });
    const refusals = {
      // Staff of Lekeberg naming the region, on every instance.
      'region, fan-out': subscribe(federation, `subscription { kommunDeviationReported(concerning: "18") { id } }`, await bearer({ huvudman: '1814' })),
      // A writer of Lekeberg naming Kumla's code as the huvudman concerned, on every instance.
      'Kumla, fan-out': subscribe(federation, `subscription { kommunDeviationReported(concerning: "1881") { id } }`, lekebergWriter),
      // The same on Kumla's own instance only (kommunCode routes; it grants nothing).
      'Kumla, its instance': subscribe(federation, `subscription { kommunDeviationReported(kommunCode: "1881", concerning: "1881") { id } }`, lekebergWriter),
      // Changes to Kumla's reports, asked by a writer of Lekeberg.
      'Kumla changes': subscribe(federation, `subscription { kommunDeviationChanged(reportedBy: "1881") { id } }`, lekebergWriter),
    };
    try {
      for (const [name, subscription] of Object.entries(refusals)) {
        const refusal = await expectRefused(subscription, 'FORBIDDEN');
        const named = name.startsWith('region') ? '18' : '1881';
        expect({ name, message: refusal.message }).toEqual({
          name,
          message: `Not allowed: staff of huvudman 1814 may only subscribe for huvudman 1814, not ${named}.`,
        });
      }
    } finally {
      await Promise.all(Object.values(refusals).map((s) => s.dispose()));
    }
  }, 120_000);

  it('refuses at the gateway what it can tell itself: an unknown kommun, a document that does not validate, a variable nested too deep; signals a kommun with no instance', async () => {
    const staff = await bearer({ huvudman: '18' });
    const unknown = subscribe(federation, SELECTION, staff, { kommun: '9999' });
    const invalid = subscribe(federation, `subscription { kommunDeviationReported { id noSuchField } }`, staff);
    // Lindesberg (1885) is a kommun of the län, but this federation runs no instance for it.
    const unserved = subscribe(federation, SELECTION, staff, { kommun: '1885' });
    // As over HTTP: a variable nested deeper than MAX_INPUT_DEPTH is refused before anything walks it.
    let nested: unknown = '1881';
    for (let level = 0; level < 100; level++) nested = [nested];
    const deep = subscribe(federation, SELECTION, staff, { kommun: nested });
    try {
      await deep.until(() => false);
      const deepRefusal = deep.failure() as { message: string; extensions?: { code?: string } }[];
      expect(deepRefusal.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
      expect(deepRefusal[0].message).toMatch(/Variable "\$kommun".*32 levels/);
      const refusal = await expectRefused(unknown, 'BAD_USER_INPUT');
      expect(refusal).toMatchObject({ message: expect.stringContaining('"9999"'), extensions: { huvudman: '9999' } });
      // A document refused before it is run is graphql-ws's `error` message (Apollo Client: graphQLErrors).
      await invalid.until(() => false);
      expect((invalid.failure() as { extensions?: { code?: string } }[]).map((e) => e.extensions?.code)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
      const events = await unserved.until(() => false);
      expect(unserved.completed()).toBe(true);
      expect(events.map((e) => e.errors?.map((x) => x.extensions))).toEqual([[{ code: 'HUVUDMAN_UNAVAILABLE', huvudman: '1885', reason: 'NOT_CONFIGURED' }]]);
    } finally {
      await Promise.all([unknown.dispose(), invalid.dispose(), unserved.dispose(), deep.dispose()]);
    }
  }, 120_000);

  it('ends a subscription whose token expires with UNAUTHENTICATED at the next event, and refuses a new one on the same connection', async () => {
    // Long enough to see the first event through on a busy machine; the test then waits for it to pass.
    const lifetime = 25;
    const minted = Math.floor(Date.now() / 1000);
    const region = subscribe(federation, SELECTION, await bearer({ huvudman: '18', expiresInSeconds: lifetime }));
    const kumla = await bearer({ huvudman: '1881', roles: ['writer'] });
    const report = async () => {
      await federation.query(REPORT, { k: '1881', input: deviation(['18'], 'Vårdplan saknades vid hemgång.') }, { authorization: kumla });
    };
    try {
      await region.until((e) => e.some((r) => r.data), report);
      expect(region.received.find((r) => r.data)?.errors).toBeUndefined();
      // Waiting for the clock, not measuring it: the token's `exp` (whole seconds) must have passed.
      while (Date.now() < (minted + lifetime + 2) * 1000) await new Promise((resolve) => setTimeout(resolve, 500));

      // Refused by the gateway at subscribe (the connection itself stays): graphql-ws's `error` message.
      const later = region.also(SELECTION);
      await later.until(() => false);
      expect((later.failure() as { extensions?: { code?: string } }[]).map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);

      // Refused by Kumla's instance at its next event: passed on intact, and the whole subscription ends.
      const events = await region.until(() => false, report);
      expect(region.completed()).toBe(true);
      const last = events.at(-1)!;
      expect(last.data).toBeUndefined();
      expect(last.errors).toEqual([
        expect.objectContaining({ message: expect.stringMatching(/^Not authenticated: /), extensions: expect.objectContaining({ code: 'UNAUTHENTICATED' }) }),
      ]);
    } finally {
      await region.dispose();
    }
  }, 120_000);

  it("passes on a subgraph's refusal of the token at connect (4401) as UNAUTHENTICATED, not as an unreachable instance", async () => {
    // A gateway set up for another audience than the subgraphs: it accepts a token that every subgraph
    // closes with 4401 at connect (the subgraphs trust the gateway with nothing).
    const urls = new Map(federation.subgraphs.map((s) => [s.spec.name, s.url]));
    const misconfigured = await startTestGateway(urls, {}, { auth: authConfigFromEnv({ AUTH_AUDIENCE: 'another-api' }) });
    const token = await bearer({ huvudman: '18', audience: 'another-api' });
    const region = subscribe({ ...federation, gatewayUrl: misconfigured.url }, SELECTION, token);
    try {
      const refusal = await expectRefused(region, 'UNAUTHENTICATED');
      expect(refusal.message).toMatch(/^Not authenticated: /);
    } finally {
      await region.dispose();
      await misconfigured.stop();
    }
  }, 120_000);

  it('names every kommun with no instance (NOT_CONFIGURED) to a subscription naming none, with the extensions a query answer uses, and streams from the rest', async () => {
    // This federation runs three of the län's twelve kommuner: a query over all of them names the nine others.
    const answer = await federation.query(`{ municipalities { code } }`);
    // Compared by what names the gap (Apollo Gateway adds `serviceName` to a query's errors; the signal has no fetch).
    const naming = (x: Record<string, unknown> | undefined) => ({ code: x?.code, huvudman: x?.huvudman, reason: x?.reason });
    const missing = (answer.errors ?? []).map((e) => naming(e.extensions)).filter((x) => x.reason === 'NOT_CONFIGURED');
    expect(missing).toHaveLength(9);
    const region = subscribe(federation, SELECTION, await bearer({ huvudman: '18' }));
    const kumla = await bearer({ huvudman: '1881', roles: ['writer'] });
    try {
      const events = await region.until(
        (e) => e.some((r) => r.data),
        async () => {
          await federation.query(REPORT, { k: '1881', input: deviation(['18'], 'Hjälpmedel saknades vid hemkomst.') }, { authorization: kumla });
        },
      );
      // One event, before any other, names them all: no data, one error per kommun, as in the query's answer.
      expect(events[0].data).toBeUndefined();
      expect(events[0].errors?.map((e) => naming(e.extensions))).toEqual(expect.arrayContaining(missing));
      expect(events[0].errors).toHaveLength(missing.length);
      expect(events[0].errors![0].message).toMatch(/^Huvudman \d{4}'s instance is not configured: /);
      expect(events.find((e) => e.data)?.data?.kommunDeviationReported?.report?.reporterId).toBe('1881');
      expect(region.completed()).toBe(false);
    } finally {
      await region.dispose();
    }
  }, 120_000);

  it("tells the subscriber when an instance restarts (DROPPED), keeps the stream, and delivers the instance's events again once it is back", async () => {
    const kumla = await bearer({ huvudman: '1881', roles: ['writer'] });
    const staff = await bearer({ huvudman: '18' });
    const report = (text: string) => async () => {
      await federation.query(REPORT, { k: '1881', input: deviation(['18'], text) }, { authorization: kumla });
    };
    // Opened on every instance, and on Kumla's alone: neither may end when Kumla's instance restarts.
    const all = subscribe(federation, SELECTION, staff);
    const kumlaOnly = subscribe(federation, SELECTION, staff, { kommun: '1881' });
    const fromKumla = (e: Received) => e.data?.kommunDeviationReported?.report?.reporterId === '1881';
    const dropped = (e: Received) => e.errors?.some((x) => x.extensions?.huvudman === '1881' && x.extensions?.reason === 'DROPPED') ?? false;
    try {
      await all.until((e) => e.some(fromKumla), report('Före omstart: epikris saknades.'));
      await kumlaOnly.until((e) => e.some(fromKumla), report('Före omstart: epikris saknades.'));
      await federation.instance('kommun-1881').stop();
      for (const subscription of [all, kumlaOnly]) {
        await subscription.until((e) => e.some(dropped));
        const signal = subscription.received.flatMap((e) => e.errors ?? []).find((x) => x.extensions?.reason === 'DROPPED')!;
        expect(signal.extensions).toEqual({ code: 'HUVUDMAN_UNAVAILABLE', huvudman: '1881', reason: 'DROPPED' });
        expect(signal.message).toMatch(/reconnects/);
      }
      await federation.instance('kommun-1881').start();
      for (const subscription of [all, kumlaOnly]) {
        const before = subscription.received.length;
        const after = (e: Received[]) => e.slice(before).some(fromKumla);
        await subscription.until(after, report('Efter omstart: läkemedelslista saknades.'));
        expect(after(subscription.received)).toBe(true);
        expect(subscription.completed()).toBe(false);
        expect(subscription.failure()).toBeUndefined();
        // One signal for the outage, however many attempts the reconnect took.
        expect(subscription.received.filter(dropped)).toHaveLength(1);
      }
    } finally {
      if (federation.instance('kommun-1881').state.phase === 'stopped') await federation.instance('kommun-1881').start();
      await Promise.all([all.dispose(), kumlaOnly.dispose()]);
    }
  }, 600_000);

  /** The gateway's gauge of its open WebSockets to subgraph instances. */
  const upstreamSockets = async () => {
    const text = await (await fetch(federation.gatewayUrl.replace(/\/graphql$/, '/metrics'))).text();
    return Number(/^orebro_subscription_upstream_connections (\d+)/m.exec(text)?.[1]);
  };
  /** Polls the gauge until it reads `expected` (the test's timeout fails it otherwise). */
  const untilUpstreamSockets = async (expected: number) => {
    while ((await upstreamSockets()) !== expected) await new Promise((resolve) => setTimeout(resolve, 200));
  };

  it("multiplexes a connection's subscriptions over one upstream socket per instance, and closes them when the client goes", async () => {
    await untilUpstreamSockets(0);
    const kumla = await bearer({ huvudman: '1881', roles: ['writer'] });
    const report = async () => {
      await federation.query(REPORT, { k: '1881', input: deviation(['18'], 'Utskrivningsmeddelande kom inte fram.') }, { authorization: kumla });
    };
    // Three subscriptions naming no kommun on one connection: each is opened on all three instances.
    const first = subscribe(federation, SELECTION, await bearer({ huvudman: '18' }));
    const subscriptions = [first, first.also(SELECTION), first.also(SELECTION)];
    try {
      for (const subscription of subscriptions) await subscription.until((e) => e.some((r) => r.data), report);
      // One socket per instance (three), not one per subscription and instance (nine).
      await untilUpstreamSockets(3);
      const fourth = first.also(SELECTION, { kommun: '1881' });
      await fourth.until((e) => e.some((r) => r.data), report);
      expect(await upstreamSockets()).toBe(3);
    } finally {
      await first.dispose();
    }
    await untilUpstreamSockets(0);
  }, 120_000);

  it("refuses a caller's connection over MAX_SUBSCRIPTION_CONNECTIONS_PER_CALLER (5) with 4430 naming the limit, while another caller connects", async () => {
    const secretariat = await bearer({ huvudman: '18', roles: ['secretariat'], subject: 'many-tabs' });
    const open = Array.from({ length: 5 }, () => subscribe(federation, SELECTION, secretariat, { kommun: '1881' }));
    try {
      // Each of the five is connected once its subscription reached the instance (a report arrives).
      const kumla = await bearer({ huvudman: '1881', roles: ['writer'] });
      const report = async () => {
        await federation.query(REPORT, { k: '1881', input: deviation(['18'], 'Vårdplan saknades.') }, { authorization: kumla });
      };
      for (const subscription of open) await subscription.until((e) => e.some((r) => r.data), report);
      const sixth = subscribe(federation, SELECTION, secretariat, { kommun: '1881' });
      await sixth.until(() => false);
      expect(sixth.closed()?.code).toBe(4430);
      expect(sixth.closed()?.reason).toMatch(/At most 5 subscription connections per caller.*MAX_SUBSCRIPTION_CONNECTIONS_PER_CALLER/);
      await sixth.dispose();
      const other = subscribe(federation, SELECTION, await bearer({ huvudman: '18', subject: 'someone-else' }), { kommun: '1881' });
      try {
        await other.until((e) => e.some((r) => r.data), report);
        expect(other.closed()).toBeUndefined();
      } finally {
        await other.dispose();
      }
      // One closed: its place is free again once the gateway has seen the close (tried until then).
      await open.pop()!.dispose();
      for (;;) {
        const again = subscribe(federation, SELECTION, secretariat, { kommun: '1881' });
        try {
          const events = await again.until((e) => e.some((r) => r.data), report);
          if (again.closed()?.code === 4430) continue;
          expect(events.some((r) => r.data)).toBe(true);
          break;
        } finally {
          await again.dispose();
        }
      }
    } finally {
      await Promise.all(open.map((subscription) => subscription.dispose()));
    }
    const text = await (await fetch(federation.gatewayUrl.replace(/\/graphql$/, '/metrics'))).text();
    expect(text).toMatch(/^orebro_subscription_connection_refusals_total\{caller="verified"\} [1-9]/m);
  }, 120_000);

  describe("with Örebro's instance stopped", () => {
    whileStopped(federation, 'kommun-1880');

    it('signals the dropped instance in the merged stream, and events from the others still arrive', async () => {
      const region = subscribe(federation, SELECTION, await bearer({ huvudman: '18' }));
      const kumla = await bearer({ huvudman: '1881', roles: ['writer'] });
      try {
        const events = await region.until(
          (e) => e.some((r) => r.data) && e.some((r) => r.errors?.some((x) => x.extensions?.huvudman === '1880')),
          async () => {
            await federation.query(REPORT, { k: '1881', input: deviation(['18'], 'Informationsöverföring brast vid utskrivning.') }, { authorization: kumla });
          },
        );
        const signal = events.flatMap((e) => e.errors ?? []).find((x) => x.extensions?.huvudman === '1880');
        expect(signal?.extensions).toMatchObject({ code: 'HUVUDMAN_UNAVAILABLE', huvudman: '1880' });
        expect(['UNREACHABLE', 'DROPPED']).toContain(signal?.extensions?.reason);
        expect(events.find((e) => e.data)?.data?.kommunDeviationReported?.report?.reporterId).toBe('1881');
      } finally {
        await region.dispose();
      }
    }, 120_000);

    it('opens a subscription naming a kommun on that instance only: no signal for the stopped one', async () => {
      const region = subscribe(federation, SELECTION, await bearer({ huvudman: '18' }), { kommun: '1881' });
      const kumla = await bearer({ huvudman: '1881', roles: ['writer'] });
      try {
        const events = await region.until(
          (e) => e.some((r) => r.data),
          async () => {
            await federation.query(REPORT, { k: '1881', input: deviation(['18'], 'SIP kallades inte inom avtalad tid.') }, { authorization: kumla });
          },
        );
        expect(events.flatMap((e) => e.errors ?? [])).toEqual([]);
        expect(events.find((e) => e.data)?.data?.kommunDeviationReported?.report?.reporterId).toBe('1881');
      } finally {
        await region.dispose();
      }
      // Named the stopped kommun, it is opened there alone: the only event is the signal naming it.
      const stopped = subscribe(federation, SELECTION, await bearer({ huvudman: '18' }), { kommun: '1880' });
      try {
        const events = await stopped.until((e) => e.length > 0);
        expect(events[0].errors?.map((x) => x.extensions?.huvudman)).toEqual(['1880']);
      } finally {
        await stopped.dispose();
      }
    }, 120_000);
  });
});
