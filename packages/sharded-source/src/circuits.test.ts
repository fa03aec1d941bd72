import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { circuitState, instanceRetries } from '@orebro/http';
import { CircuitOpenError, InstanceCircuits } from './circuits';
import { placeSource, runFetch } from './test-support/harness';
import { httpTransport } from './transport';

/**
 * A real HTTP instance whose behaviour a test switches: answer, hang (never answer, like a SIGSTOPped
 * process), or reset every connection before any response. Counts the requests that reached it.
 */
async function switchableInstance(key: string) {
  let mode: 'answer' | 'hang' | 'reset' = 'answer';
  let received = 0;
  const sockets = new Set<Socket>();
  const server: Server = createServer((req, res) => {
    received++;
    if (mode === 'reset') {
      req.socket.destroy();
      return;
    }
    if (mode === 'hang') return;
    req.resume();
    req.on('end', () => {
      res.setHeader('content-type', 'application/json');
      res.setHeader('x-shard-key', key);
      res.end(JSON.stringify({ data: { places: [{ code: key }] } }));
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    set: (next: typeof mode) => (mode = next),
    received: () => received,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

type Instance = Awaited<ReturnType<typeof switchableInstance>>;

/** A labelled series' current value in the process's registry (0 when absent, as Prometheus would sum it). */
async function valueOf(metric: typeof circuitState | typeof instanceRetries, labels: Record<string, string>): Promise<number | undefined> {
  const { values } = await metric.get();
  return values.find((v) => Object.entries(labels).every(([k, value]) => (v.labels as Record<string, unknown>)[k] === value))?.value;
}
const body = { query: '{ places { code } }' };
/**
 * The deadline for calls to a hanging instance: long enough that the request reaches it first even on
 * a loaded machine (the tests count what arrived), short enough to keep the tests quick.
 */
const HANG_MS = 1_000;

describe('a circuit per instance', () => {
  let a: Instance;
  let b: Instance;
  beforeEach(async () => {
    a = await switchableInstance('1880');
    b = await switchableInstance('1814');
  });
  afterEach(async () => {
    await a.close();
    await b.close();
  });

  it('skips a hung instance after the first timeouts, answers CIRCUIT_OPEN while the others answer, and uses it again once it recovers', async () => {
    const circuits = new InstanceCircuits({ failures: 2, coolDownMs: 2_000, readRetries: 1 });
    const source = placeSource(
      [
        { key: '1880', url: a.url },
        { key: '1814', url: b.url },
      ],
      { timeoutMs: 1_000, circuits },
    );
    const reasons = async () => {
      const response = await runFetch(source, '{ places { code } }');
      return { data: response.data, reasons: (response.errors ?? []).map((e) => `${e.extensions?.huvudman}:${e.extensions?.reason}`) };
    };
    a.set('hang');
    expect(await reasons()).toEqual({ data: { places: [{ code: '1814' }] }, reasons: ['1880:UNREACHABLE'] });
    expect(await reasons()).toEqual({ data: { places: [{ code: '1814' }] }, reasons: ['1880:UNREACHABLE'] });
    const reachedWhileOpen = a.received();
    expect(await reasons()).toEqual({ data: { places: [{ code: '1814' }] }, reasons: ['1880:CIRCUIT_OPEN'] });
    expect(a.received()).toBe(reachedWhileOpen);
    expect(circuits.state(a.url)).toBe('open');

    a.set('answer');
    // After the cool-down one request probes the instance; its success closes the circuit.
    let answer = await reasons();
    for (let tries = 0; answer.reasons.length > 0 && tries < 600; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      answer = await reasons();
    }
    expect(answer).toEqual({ data: { places: [{ code: '1880' }, { code: '1814' }] }, reasons: [] });
    expect(circuits.state(a.url)).toBe('closed');
  });

  it('retries a read whose connection was reset before any response, never a write', async () => {
    const labels = { subgraph: 'places', instance: 'retried' };
    const circuits = new InstanceCircuits({ failures: 0, coolDownMs: 1000, readRetries: 1 }, undefined, () => labels);
    a.set('reset');
    await expect(circuits.execute(a.url, false, () => httpTransport(a.url, body, {}, 5_000))).rejects.toMatchObject({ code: 'ECONNRESET' });
    expect(a.received()).toBe(2);
    await expect(circuits.execute(a.url, true, () => httpTransport(a.url, body, {}, 5_000))).rejects.toMatchObject({ code: 'ECONNRESET' });
    expect(a.received()).toBe(3);
    expect(await valueOf(instanceRetries, labels)).toBe(1);
  });

  it('does not retry a read that timed out: the instance may be working on it', async () => {
    const circuits = new InstanceCircuits({ failures: 0, coolDownMs: 1000, readRetries: 3 });
    a.set('hang');
    await expect(circuits.execute(a.url, false, () => httpTransport(a.url, body, {}, HANG_MS))).rejects.toThrow(`no answer within ${HANG_MS} ms`);
    expect(a.received()).toBe(1);
  });

  it('refuses a write at once while the circuit is open, sending nothing', async () => {
    const circuits = new InstanceCircuits({ failures: 1, coolDownMs: 60_000, readRetries: 0 }, undefined, (url) => ({
      subgraph: 'places',
      instance: url === a.url ? 'a' : 'b',
    })).watch([a.url, b.url]);
    expect([await valueOf(circuitState, { instance: 'a' }), await valueOf(circuitState, { instance: 'b' })]).toEqual([0, 0]);
    a.set('hang');
    await expect(circuits.execute(a.url, false, () => httpTransport(a.url, body, {}, HANG_MS))).rejects.toMatchObject({ code: 'ETIMEDOUT' });
    // The gauge: 1 open; the other instance's circuit stays closed.
    expect([await valueOf(circuitState, { instance: 'a' }), await valueOf(circuitState, { instance: 'b' })]).toEqual([1, 0]);
    await expect(circuits.execute(a.url, true, () => httpTransport(a.url, body, {}, HANG_MS))).rejects.toBeInstanceOf(CircuitOpenError);
    expect(a.received()).toBe(1);
    // Another instance's circuit is its own.
    await expect(circuits.execute(b.url, true, () => httpTransport(b.url, body, {}, 5_000))).resolves.toMatchObject({
      response: { data: { places: [{ code: '1814' }] } },
    });
  });
});
