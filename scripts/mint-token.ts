/**
 * Gets a token from the development identity provider that `npm start` runs (its token endpoint,
 * client_credentials as the development token client, the identity given as parameters): signed
 * with the provider's own keys and verifiable through its JWKS, like a token from a production IdP.
 *   npm run token -- --huvudman 1881 [--roles writer,auditor] [--subject anna] [--hours 8]
 * The provider is AUTH_ISSUER (default http://localhost:4100, shifted by PORT_OFFSET as `npm start` does); IDP_TOKEN_CLIENT_ID and
 * IDP_TOKEN_CLIENT_SECRET name the token client (defaults as in packages/dev-identity-provider).
 * Paste the token in the IDE's Headers tab as {"Authorization": "Bearer <token>"}.
 */
import { Roles } from '@orebro/huvudman-auth';
import { kommunCodes, REGION_ID } from '@orebro/reference-data';
import { localPortPlan, portOffsetFromEnv } from '@orebro/gateway/src/local-ports';
import { DEFAULT_TOKEN_CLIENT_ID, DEFAULT_TOKEN_CLIENT_SECRET } from '@orebro/dev-identity-provider/src/env-config';

function option(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? undefined : process.argv[at + 1];
}

async function main(): Promise<void> {
  const huvudman = option('huvudman');
  if (!huvudman) throw new Error(`Give --huvudman: ${REGION_ID} (the region) or a kommun code (${kommunCodes.join(', ')}).`);
  const roles = (option('roles') ?? '').split(',').filter(Boolean);
  const unknown = roles.filter((r) => !(Roles as readonly string[]).includes(r));
  if (unknown.length > 0) throw new Error(`Unknown role(s) ${unknown.join(', ')}; roles are ${Roles.join(', ')}.`);
  const issuer = (option('issuer') ?? process.env.AUTH_ISSUER ?? `http://localhost:${localPortPlan(portOffsetFromEnv(process.env))('identity')}`).replace(
    /\/$/,
    '',
  );

  const discovery = await fetch(`${issuer}/.well-known/openid-configuration`).catch((error: unknown) => {
    throw new Error(
      `The identity provider at ${issuer} does not answer (${error instanceof Error ? ((error.cause as Error)?.message ?? error.message) : error}). Start it with \`npm start\`, or give --issuer.`,
    );
  });
  if (!discovery.ok) throw new Error(`${issuer}/.well-known/openid-configuration answered ${discovery.status}: is ${issuer} an OpenID Connect provider?`);
  const { token_endpoint: tokenEndpoint } = (await discovery.json()) as { token_endpoint: string };

  const clientId = process.env.IDP_TOKEN_CLIENT_ID || DEFAULT_TOKEN_CLIENT_ID;
  const clientSecret = process.env.IDP_TOKEN_CLIENT_SECRET || DEFAULT_TOKEN_CLIENT_SECRET;
  const body = new URLSearchParams({ grant_type: 'client_credentials', huvudman, roles: roles.join(',') });
  for (const name of ['subject', 'hours']) if (option(name)) body.set(name, option(name)!);
  const response = await fetch(tokenEndpoint, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      authorization: `Basic ${Buffer.from(`${encodeURIComponent(clientId)}:${encodeURIComponent(clientSecret)}`).toString('base64')}`,
    },
    body,
  });
  const answer = (await response.json()) as { access_token?: string; error?: string; error_description?: string };
  if (!response.ok || !answer.access_token) throw new Error(`The identity provider refused: ${answer.error_description ?? answer.error ?? response.status}.`);
  console.log(answer.access_token);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
