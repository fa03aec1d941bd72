import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { closeServer, createLogger, sendJson, type Logger } from '@orebro/http';
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

  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (path === '/health' || path === '/ready') return sendJson(res, 200, { status: path === '/ready' ? 'ready' : 'ok', issuer: options.issuer });
    if (path.startsWith('/interaction/')) {
      interaction(req, res).catch((error: unknown) => {
        logger.warn({ err: error, path }, 'login interaction failed');
        if (!res.headersSent)
          res
            .writeHead(400, { 'content-type': 'text/plain; charset=utf-8' })
            .end(`Inloggningen kunde inte fortsätta: ${error instanceof Error ? error.message : String(error)}`);
        else res.end();
      });
      return;
    }
    void oidc(req, res);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(listenOn.port, listenOn.host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  logger.info({ issuer: options.issuer, port, kid: options.signingKeys[0]?.kid }, 'development identity provider ready');
  return { issuer: options.issuer, port, stop: () => closeServer(server) };
}
