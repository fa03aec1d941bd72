import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, parse, type ConstDirectiveNode } from 'graphql';
import type { Logger } from '@orebro/http';
import { analyseOperation, httpTransport, shardKeysOfField } from '@orebro/sharded-source';
import type { GatewayConfig } from './config';
import type { GatewayContext } from './gateway-context';
import { kommunMember } from './members';

/**
 * A write whose token fails verification is refused at the gateway all the same (401
 * UNAUTHENTICATED), but only after it has been passed on, bad token and all, to the subgraph it
 * writes to: that subgraph verifies the token itself, refuses the write before any resolver runs, and
 * audits the denied attempt in its own log. The gateway keeps no audit log of its own and stores nothing;
 * whatever a subgraph answered is replaced here by the gateway's refusal.
 */
export function refusedWritePlugin(): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response }) {
          const refusal = contextValue.refusedToken;
          if (!refusal) return;
          const error = refusal instanceof GraphQLError ? refusal : new GraphQLError('Not authenticated.', { extensions: { code: 'UNAUTHENTICATED' } });
          response.http.status = 401;
          response.body = {
            kind: 'single',
            singleResult: { errors: [{ message: error.message, extensions: { code: error.extensions.code ?? 'UNAUTHENTICATED' } }] },
          };
        },
      };
    },
  };
}

/** A request as the gateway received it: what is passed on to an owner unchanged. */
export interface ReceivedRequest {
  query?: string;
  operationName?: string | null;
  variables?: Record<string, unknown>;
}

/**
 * A write the gateway refuses as invalid before anything ran (it fails validation against the
 * supergraph: unknown field or argument, wrong literal; or its variables do not fit their types) is
 * passed on as it came, token and all, to the instance that owns each of its mutation fields
 * (`passOn`), like a write with a bad token: the owner refuses it again and audits the refused
 * attempt in its own log (outcome `refused`, @orebro/subgraph-kit's denied-attempts.ts); its answer is
 * not used. The client gets the gateway's own errors. A field no subgraph defines has no owner to
 * audit it; the gateway itself stores nothing.
 */
export function invalidWritePlugin(passOn: (request: ReceivedRequest, authorization: string | undefined) => Promise<void>): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, request, response }) {
          if (contextValue.refusedToken || response.body.kind !== 'single') return;
          const { data, errors } = response.body.singleResult;
          // A request-level refusal has no data at all; a subgraph's own refusal comes with data (null fields).
          if (data !== undefined || !errors?.some((e) => INVALID.has(String(e.extensions?.code)))) return;
          await passOn(request, contextValue.authorization);
        },
      };
    },
  };
}

const INVALID = new Set(['GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT']);

/**
 * `passOn` for invalidWritePlugin: sends a write refused as invalid to the instances that own its mutation
 * fields (a kommun field to the instances of the kommuner it names, by the sharding rules), so they audit it.
 * Their answers are not used; one that does not answer is logged, not retried.
 */
export function invalidWriteToOwners(
  supergraphSdl: string,
  config: Pick<GatewayConfig, 'kommunShards' | 'subgraphUrls' | 'subgraphTimeoutMs'>,
  logger: Logger,
): (request: ReceivedRequest, authorization: string | undefined) => Promise<void> {
  const owners = mutationOwners(supergraphSdl);
  return async (request, authorization) => {
    let operation;
    try {
      operation = analyseOperation(request.query ?? '', request.operationName, request.variables ?? {});
    } catch {
      return; // unreadable: no field names an owner
    }
    if (operation.kind !== 'mutation') return;
    const urls = new Set<string>();
    for (const field of operation.rootFields) {
      const owner = owners.get(field.name);
      if (owner === kommunMember.name) {
        for (const key of shardKeysOfField(field, kommunMember.shardKeyArguments, operation.variables)) {
          const shard = config.kommunShards.find((s) => s.key === key);
          if (shard) urls.add(shard.url);
        }
      } else if (owner && config.subgraphUrls[owner]) urls.add(config.subgraphUrls[owner]);
    }
    const body = { query: request.query ?? '', operationName: request.operationName, variables: request.variables };
    await Promise.all(
      [...urls].map((url) =>
        httpTransport(url, body, authorization ? { authorization } : {}, config.subgraphTimeoutMs).catch((error: unknown) =>
          logger.warn({ err: error }, 'could not pass a refused write on to its owner for its audit'),
        ),
      ),
    );
  };
}

/**
 * Which subgraph owns each mutation field, read from the supergraph's join directives: a field's
 * `@join__field(graph:)`, else its type's only `@join__type(graph:)`; the graph by its `@join__graph(name:)`.
 */
export function mutationOwners(supergraphSdl: string): Map<string, string> {
  const document = parse(supergraphSdl);
  const graphNames = new Map<string, string>();
  const owners = new Map<string, string>();
  const argument = (directive: ConstDirectiveNode, name: string) => directive.arguments?.find((a) => a.name.value === name)?.value;
  for (const definition of document.definitions) {
    if (definition.kind === Kind.ENUM_TYPE_DEFINITION && definition.name.value === 'join__Graph') {
      for (const value of definition.values ?? []) {
        const name = value.directives?.find((d) => d.name.value === 'join__graph');
        const text = name && argument(name, 'name');
        if (text?.kind === Kind.STRING) graphNames.set(value.name.value, text.value);
      }
    }
  }
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION || definition.name.value !== 'Mutation') continue;
    const typeGraphs = (definition.directives ?? []).filter((d) => d.name.value === 'join__type').map((d) => argument(d, 'graph'));
    for (const field of definition.fields ?? []) {
      const joined = field.directives?.find((d) => d.name.value === 'join__field');
      const graph = joined ? argument(joined, 'graph') : typeGraphs.length === 1 ? typeGraphs[0] : undefined;
      const owner = graph?.kind === Kind.ENUM ? graphNames.get(graph.value) : undefined;
      if (owner) owners.set(field.name.value, owner);
    }
  }
  return owners;
}
