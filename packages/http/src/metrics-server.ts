import { closeServer, createHttpServer, listen } from './http-server';
import type { Logger } from './logger';

export interface RunningMetricsServer {
  /** Where Prometheus scrapes, e.g. `http://127.0.0.1:9464/metrics`. */
  url: string;
  port: number;
  close(): Promise<void>;
}

/**
 * The management port (METRICS_PORT): Prometheus `GET /metrics` and nothing else, so the public port
 * need not serve it. Probes stay on the public port: they ask whether the server that takes the traffic
 * answers. Kubernetes admits only Prometheus to this port and exposes it through no Service.
 */
export async function startMetricsServer(options: { port: number; host: string; logger: Logger }): Promise<RunningMetricsServer> {
  const server = createHttpServer({ logger: options.logger, routes: {}, accessLogRoutes: [] });
  const port = await listen(server, options.port, options.host);
  const url = `http://${options.host === '0.0.0.0' ? 'localhost' : options.host}:${port}/metrics`;
  options.logger.info({ url }, 'metrics served on the management port');
  return { url, port, close: () => closeServer(server) };
}
