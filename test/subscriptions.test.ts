import { createClient, type Client, type FormattedExecutionResult as ExecutionResult } from 'graphql-ws';
import WebSocket from 'ws';
import { mintDevelopmentToken, type DevelopmentTokenClaims } from '@orebro/huvudman-auth';
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

/** A real graphql-ws client on the gateway's /graphql, collecting what it is sent. */
function subscribe(federation: TestFederation, query: string, authorization?: string, variables: Record<string, unknown> = {}) {
  const received: ExecutionResult<Event, unknown>[] = [];
  let failure: unknown;
  let closed: { code: number; reason: string } | undefined;
  const waiters = new Set<() => void>();
  const wake = () => waiters.forEach((w) => w());
  const client: Client = createClient({
    url: federation.gatewayUrl.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    connectionParams: authorization ? { authorization } : {},
    retryAttempts: 0,
    on: {
      closed: (event) => {
        const { code, reason } = event as { code: number; reason: string };
        closed = { code, reason };
        wake();
      },
    },
  });
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
      complete: wake,
    },
  );
  /** Waits until `done` holds for what was received (or the connection failed), calling `poke` now and then. */
  const until = async (done: (events: ExecutionResult<Event, unknown>[]) => boolean, poke?: () => Promise<void>) => {
    while (!done(received) && failure === undefined && closed === undefined) {
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
  return { received, until, failure: () => failure, closed: () => closed, dispose: () => client.dispose() };
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

  it('refuses a subscription without a token (the subgraphs decide access: UNAUTHENTICATED), and a forged token at connect', async () => {
    const anonymous = subscribe(federation, SELECTION);
    try {
      const events = await anonymous.until((e) => e.length > 0);
      const errors = events.flatMap((e) => e.errors ?? []).concat(Array.isArray(anonymous.failure()) ? (anonymous.failure() as never[]) : []);
      expect(events.some((e) => e.data)).toBe(false);
      expect(errors.map((e) => (e as { extensions?: { code?: string } }).extensions?.code)).toContain('UNAUTHENTICATED');
    } finally {
      await anonymous.dispose();
    }
    const forged = subscribe(federation, SELECTION, 'Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.');
    try {
      await forged.until(() => false);
      expect(forged.closed()?.code).toBe(4401);
      expect(forged.received).toEqual([]);
    } finally {
      await forged.dispose();
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
    const pretending = subscribe(federation, `subscription { kommunDeviationReported(concerning: "18") { id } }`, await bearer({ huvudman: '1814' }));
    try {
      const events = await pretending.until((e) => e.length > 0);
      expect(events[0].errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    } finally {
      await pretending.dispose();
    }
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
