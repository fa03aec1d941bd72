import { closeServer, createHttpServer, createLogger, listen, sendJson, type Logger, type Route } from '@orebro/http';
import { interactionHandler } from './interaction';
import type { DevIdentityProviderOptions } from './options';
import { createOidcProvider } from './provider';

export interface RunningIdentityProvider {
  issuer: string;
  port: number;
  stop(): Promise<void>;
}

/**
 * Serves the provider over node:http: `/interaction/...` (the login page), `/health` and `/ready`,
 * and every OpenID Connect endpoint (discovery, JWKS, authorization, token, logout) from oidc-provider.
 */
export async function startIdentityProvider(
  options: DevIdentityProviderOptions,
  listenOn: { port: number; host: string },
  logger: Logger = createLogger('dev-identity-provider'),
): Promise<RunningIdentityProvider> {
  const provider = createOidcProvider(options);
  provider.on('server_error', (_ctx, error) => logger.error({ err: error }, 'identity provider error'));
  const oidc = provider.callback();
  const interaction = interactionHandler(provider, options);

  const health =
    (status: 'ok' | 'ready'): Route =>
    (_req, res) =>
      sendJson(res, 200, { status, issuer: options.issuer });
  // Started and stopped like every other server here (createHttpServer, closeServer): the same
  // keep-alive, tracing and shutdown; no /metrics or access lines, which a development provider does not need.
  const server = createHttpServer({
    logger,
    serveMetrics: false,
    accessLogRoutes: [],
    routes: { '/health': health('ok'), '/ready': health('ready') },
    prefixRoutes: {
      '/interaction/': (req, res) =>
        interaction(req, res).catch((error: unknown) => {
          logger.warn({ err: error, path: req.url }, 'login interaction failed');
          if (!res.headersSent)
            res
              .writeHead(400, { 'content-type': 'text/plain; charset=utf-8' })
              .end(`Inloggningen kunde inte fortsätta: ${error instanceof Error ? error.message : String(error)}`);
          else res.end();
        }),
      '/': (req, res) => oidc(req, res),
    },
  });
  const port = await listen(server, listenOn.port, listenOn.host);
  logger.info({ issuer: options.issuer, port, kid: options.signingKeys[0]?.kid }, 'development identity provider ready');
  return { issuer: options.issuer, port, stop: () => closeServer(server) };
}
