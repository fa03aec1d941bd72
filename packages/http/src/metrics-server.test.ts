import { metricsPortFromEnv, DEFAULT_METRICS_PORT } from './env';
import { closeServer, createHttpServer, listen } from './http-server';
import { createLogger } from './logger';
import { startMetricsServer } from './metrics-server';

const logger = createLogger('test');
logger.level = 'silent';

describe('METRICS_PORT (metricsPortFromEnv)', () => {
  it('is the management port in production by default, the public port (undefined) elsewhere, and what it says when set', () => {
    expect(metricsPortFromEnv({ NODE_ENV: 'production' }, 4000)).toBe(DEFAULT_METRICS_PORT);
    expect(DEFAULT_METRICS_PORT).toBe(9464);
    expect(metricsPortFromEnv({}, 4000)).toBeUndefined();
    expect(metricsPortFromEnv({ NODE_ENV: 'test', METRICS_PORT: '' }, 4000)).toBeUndefined();
    expect(metricsPortFromEnv({ METRICS_PORT: '9100' }, 4000)).toBe(9100);
    expect(metricsPortFromEnv({ NODE_ENV: 'production', METRICS_PORT: '9100' }, 4000)).toBe(9100);
  });

  it('refuses what is not a port, and the public port itself, naming the variable', () => {
    expect(() => metricsPortFromEnv({ METRICS_PORT: 'prometheus' }, 4000)).toThrow(/METRICS_PORT must be a non-negative integer, got "prometheus"/);
    expect(() => metricsPortFromEnv({ METRICS_PORT: '70000' }, 4000)).toThrow(/METRICS_PORT must be a port number/);
    expect(() => metricsPortFromEnv({ METRICS_PORT: '4000' }, 4000)).toThrow(/METRICS_PORT \(4000\) must differ from PORT/);
  });
});

describe('metrics on the management port', () => {
  it('are served there, and the public port answers /metrics 404 even under a catch-all prefix route', async () => {
    const publicServer = createHttpServer({
      logger,
      serveMetrics: false,
      routes: { '/health': (_req, res) => void res.end('ok') },
      prefixRoutes: { '/': (_req, res) => void res.end('the app') },
    });
    const publicPort = await listen(publicServer, 0, '127.0.0.1');
    const management = await startMetricsServer({ port: 0, host: '127.0.0.1', logger });
    try {
      const hidden = await fetch(`http://127.0.0.1:${publicPort}/metrics`);
      expect({ status: hidden.status, body: await hidden.text() }).toEqual({ status: 404, body: 'No route for /metrics' });
      expect(await (await fetch(`http://127.0.0.1:${publicPort}/health`)).text()).toBe('ok');
      const scraped = await fetch(management.url);
      expect(scraped.status).toBe(200);
      expect(scraped.headers.get('content-type')).toMatch(/^text\/plain/);
      expect(await scraped.text()).toContain('orebro_http_request_duration_seconds');
      // The management port serves nothing else.
      expect((await fetch(management.url.replace(/\/metrics$/, '/health'))).status).toBe(404);
    } finally {
      await closeServer(publicServer);
      await management.close();
    }
  });

  it('stay on the public port when no management port is configured (development, tests)', async () => {
    const server = createHttpServer({ logger, routes: {} });
    const port = await listen(server, 0, '127.0.0.1');
    try {
      const scraped = await fetch(`http://127.0.0.1:${port}/metrics`);
      expect(scraped.status).toBe(200);
      expect(await scraped.text()).toContain('process_cpu_seconds_total');
    } finally {
      await closeServer(server);
    }
  });
});
