import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import type { Server } from 'node:http';
import { createHttpServer, createLogger, graphqlHandler, listen, closeServer, SHARD_KEY_HEADER } from '@orebro/http';
import type { Shard } from '../shard-schemas';

/**
 * Test shards of a small sharded subgraph, served over real HTTP: each owns one `Place` (its shard
 * key) and adds its own contributions to the joint `Service` entity.
 */
export const placeTypeDefs = `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
  type Query { place(code: ID!): Place  places: [Place!]!  placesByCodes(codes: [ID!]!): [Place!]!  stats: Stats  sizes: [Int!]! }
  type Mutation { renamePlace(code: ID!, name: String!): Place  report(input: ReportInput!): Place  renameAll(name: String!): [Place!]! }
  input ReportInput { code: ID!  value: Int! }
  type Stats { count: Int  names: [String!]!  places: [Place!]! }
  type Place @key(fields: "code") { code: ID!  name: String!  population(year: Int!): Int  neighbours: [Place!]!  value: Int }
  type Service @key(fields: "id") { id: ID!  contributions: [Contribution!]!  label: String }
  type Contribution { code: ID!  amount: Int!  note: String }
`;

export interface ShardBehaviour {
  /**
   * Awaited before each GraphQL request is answered: a test decides when the shard answers (a promise,
   * never a sleep: a delay races the caller's time limit on a loaded machine).
   */
  hold?: () => Promise<void>;
  /** A different schema text, to simulate an instance on another version. */
  typeDefs?: string;
  label?: string;
  /** Its `population` and `Contribution.note` fail with an error (a shard answering partly). */
  failing?: boolean;
  /** The shard it says it serves in its `x-shard-key` header; default its own code, null to say nothing. */
  serves?: string | null;
}

export interface RunningShards {
  shards: Shard[];
  /** Requests each shard received, with the variables it got. */
  received: Map<string, { query: string; variables: Record<string, unknown> }[]>;
  maxInFlight: () => number;
  connections: () => number;
  stop: () => Promise<void>;
}

export async function startPlaceShards(codes: string[], behaviour: Record<string, ShardBehaviour> = {}): Promise<RunningShards> {
  const received = new Map<string, { query: string; variables: Record<string, unknown> }[]>();
  let inFlight = 0;
  let maxInFlight = 0;
  let connections = 0;
  const servers: { server: Server; apollo: ApolloServer }[] = [];
  const shards: Shard[] = [];
  const logger = createLogger('test-shard');
  logger.level = 'silent';
  for (const code of codes) {
    const b = behaviour[code] ?? {};
    const names = new Map([[code, `Place ${code}`]]);
    const place = (c: string) => (c === code ? { code, name: names.get(code), value: Number(code), neighbours: [] } : null);
    const failIfFailing = <T>(value: T): T => {
      if (b.failing) throw new Error(`no figure in ${code}`);
      return value;
    };
    const apollo = new ApolloServer({
      schema: buildSubgraphSchema({
        typeDefs: parse(b.typeDefs ?? placeTypeDefs),
        resolvers: {
          Query: {
            place: (_: unknown, { code: c }: { code: string }) => place(c),
            places: () => [place(code)],
            placesByCodes: (_: unknown, { codes: cs }: { codes: string[] }) => cs.map(place).filter(Boolean),
            stats: () => ({ count: code === codes[0] ? codes.length : null, names: [names.get(code)], places: [place(code)] }),
            sizes: () => [Number(code)],
          },
          Mutation: {
            renamePlace: (_: unknown, { code: c, name }: { code: string; name: string }) => (c === code ? (names.set(code, name), place(code)) : null),
            report: (_: unknown, { input }: { input: { code: string } }) => place(input.code),
            renameAll: () => [place(code)],
          },
          Place: {
            __resolveReference: ({ code: c }: { code: string }) => place(c),
            population: ({ value }: { value: number }, { year }: { year: number }) => failIfFailing(value + year),
            // Each place lists itself twice as a neighbour: a list nested in a list item.
            neighbours: ({ code: c }: { code: string }) => [place(c), place(c)],
          },
          Stats: { count: ({ count }: { count: number | null }) => count ?? failIfFailing(null) },
          Contribution: { note: ({ code: c }: { code: string }) => failIfFailing(`note from ${c}`) },
          Service: {
            __resolveReference: ({ id }: { id: string }) => ({
              id,
              contributions: [{ code, amount: Number(code) }],
              label: id === 'conflict' ? `label from ${code}` : code === codes[0] ? (b.label ?? 'joint') : null,
            }),
          },
        } as never,
      }),
      plugins: [
        ApolloServerPluginInlineTraceDisabled(),
        {
          async requestDidStart({ request }) {
            if (!request.query?.includes('_service')) {
              received.set(code, [...(received.get(code) ?? []), { query: request.query ?? '', variables: request.variables ?? {} }]);
            }
          },
        },
      ],
    });
    await apollo.start();
    const handler = graphqlHandler({ apollo, bodyLimitBytes: 1_000_000, context: async () => ({}) });
    const server = createHttpServer({
      logger,
      routes: {
        '/graphql': async (req, res, search) => {
          inFlight += 1;
          maxInFlight = Math.max(maxInFlight, inFlight);
          try {
            if (b.hold) await b.hold();
            const serves = b.serves === undefined ? code : b.serves;
            if (serves !== null) res.setHeader(SHARD_KEY_HEADER, serves);
            await handler(req, res, search);
          } finally {
            inFlight -= 1;
          }
        },
      },
    });
    server.on('connection', () => (connections += 1));
    const port = await listen(server, 0, '127.0.0.1');
    servers.push({ server, apollo });
    shards.push({ key: code, url: `http://127.0.0.1:${port}/graphql` });
  }
  return {
    shards,
    received,
    maxInFlight: () => maxInFlight,
    connections: () => connections,
    stop: async () => {
      for (const { server, apollo } of servers) {
        await closeServer(server);
        await apollo.stop();
      }
    },
  };
}
