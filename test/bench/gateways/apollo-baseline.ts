/**
 * The baseline: plain @apollo/gateway + @apollo/server's standalone server, nothing added (as the
 * standard benchmark's apollo-gateway entry, in one process).
 *   SUPERGRAPH_FILE, PORT
 */
import { readFileSync } from 'node:fs';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';

async function main(): Promise<void> {
  const gateway = new ApolloGateway({ supergraphSdl: readFileSync(process.env.SUPERGRAPH_FILE!, 'utf8') });
  const server = new ApolloServer({ gateway });
  const { url } = await startStandaloneServer(server, { listen: { port: Number(process.env.PORT ?? 4000), host: '127.0.0.1' } });
  console.log(`baseline gateway ready at ${url}`);
  process.on('SIGTERM', () => void server.stop().then(() => process.exit(0)));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
