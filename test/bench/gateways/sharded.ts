/**
 * Our gateway over any list of kommun shards, for the fan-out curve: the same pieces as
 * gateway/src/start-gateway.ts (startFederationServer, a ShardedDataSource for the kommun subgraph that
 * learns each shard's schema, RemoteSubgraphSource for samverkan and region) without its check that
 * every shard key is a real kommun code, so synthetic shards can be added.
 *   each single member's URL variable (SAMVERKAN_URL, REGION_URL), SHARDS (JSON [{ key, url }]), PORT
 */
import { readFileSync } from 'node:fs';
import { createLogger } from '@orebro/http';
import { authConfigFromEnv, createTokenVerifier } from '@orebro/huvudman-auth';
import { ShardedDataSource } from '@orebro/sharded-source';
import { subgraphSchemaFromSupergraph } from '@orebro/gateway/src/expected-schema';
import { startFederationServer } from '@orebro/gateway/src/federation-http-server';
import type { GatewayContext } from '@orebro/gateway/src/gateway-context';
import { limitsFromEnv } from '@orebro/gateway/src/request-policies/limits-config';
import { kommunMember, singleMembers } from '@orebro/gateway/src/members';
import { forwardedHeaders, RemoteSubgraphSource } from '@orebro/gateway/src/remote-subgraph-source';
import { supergraphFile } from '@orebro/gateway/src/subgraph-files';

const logger = createLogger('bench-sharded-gateway');
const supergraphSdl = readFileSync(supergraphFile, 'utf8');
const kommun = new ShardedDataSource<GatewayContext>({
  subgraphName: kommunMember.name,
  shardKeyNames: kommunMember.shardKeyArguments,
  shards: JSON.parse(process.env.SHARDS ?? '[]') as { key: string; url: string }[],
  timeoutMs: 10_000,
  expectedSchema: subgraphSchemaFromSupergraph(supergraphSdl, kommunMember.name),
  unavailableCode: 'HUVUDMAN_UNAVAILABLE',
  shardExtension: kommunMember.shardExtension,
  headers: forwardedHeaders,
});
const singles = new Map(singleMembers.map((m) => [m.name, { url: process.env[m.urlVariable]!, unavailable: m.unavailable }]));

kommun.schemas
  .refresh()
  .then(() =>
    startFederationServer({
      supergraphSdl,
      buildService: (name) => (name === kommunMember.name ? kommun : new RemoteSubgraphSource({ name, ...singles.get(name)!, timeoutMs: 10_000 })),
      port: Number(process.env.PORT ?? 4000),
      host: '127.0.0.1',
      bodyLimitBytes: 100_000,
      limits: { ...limitsFromEnv(), ratePerMinute: 1_000_000_000 },
      verifyToken: createTokenVerifier(authConfigFromEnv()),
      logger,
      title: 'benchmark',
    }),
  )
  .then(
    (server) => {
      logger.info({ url: server.url, shards: kommun.shards.length }, 'sharded benchmark gateway ready');
      process.on('SIGTERM', () => void server.stop().then(() => process.exit(0)));
    },
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
