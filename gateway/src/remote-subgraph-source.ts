import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { getOperationAST, parse } from 'graphql';
import { CircuitOpenError, httpTransport, InstanceCircuits, unansweredEntityFetch, type ShardResponse } from '@orebro/sharded-source';
import type { GatewayContext } from './gateway-context';

export interface RemoteSubgraphOptions {
  name: string;
  url: string;
  timeoutMs: number;
  /** Error extensions naming whose data is missing when the subgraph does not answer. */
  unavailable: Record<string, string>;
  /** The subgraph's circuit breaker (shared with nothing else); default settings when absent. */
  circuits?: InstanceCircuits;
}

/**
 * A single-instance subgraph over the same pooled keep-alive transport as the shards, so a missing
 * subgraph is reported the same way: data from the others, and an error saying what is missing.
 */
export class RemoteSubgraphSource implements GraphQLDataSource<GatewayContext> {
  readonly circuits: InstanceCircuits;

  constructor(private readonly options: RemoteSubgraphOptions) {
    this.circuits = options.circuits ?? new InstanceCircuits();
  }

  async process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<ShardResponse> {
    const { request, context } = options;
    const { name, url, timeoutMs, unavailable } = this.options;
    try {
      const body = { query: request.query ?? '', operationName: request.operationName, variables: request.variables };
      const send = () => httpTransport(url, body, forwardedHeaders(context), timeoutMs);
      const { response } = await this.circuits.execute(url, isMutation(options), send);
      return response;
    } catch (error) {
      const open = error instanceof CircuitOpenError;
      if (!open) context.logger?.warn({ subgraph: name, err: error }, 'subgraph did not answer');
      const errors = [
        {
          message: `The ${name} subgraph is unavailable${open ? ` (${error.message})` : ''}; its data is missing from this answer.`,
          extensions: { ...unavailable, reason: open ? 'CIRCUIT_OPEN' : 'UNREACHABLE' },
        },
      ];
      // An entity fetch is answered with the entities' fields null, so views that @require them still run
      // (the fields read as the executor reads them: fragments, aliases, @skip/@include with the variables).
      const entities = unansweredEntityFetch(request);
      return entities ? { data: { _entities: entities }, errors } : { errors };
    }
  }
}

/** What the gateway passes on to every subgraph: the caller's token, which each subgraph verifies again. */
export function forwardedHeaders(context: Partial<GatewayContext> | undefined): Record<string, string> {
  return context?.authorization ? { authorization: context.authorization } : {};
}

/** A write is sent at most once: never retried on a connection error. */
function isMutation(options: GraphQLDataSourceProcessOptions<GatewayContext>): boolean {
  const document = 'document' in options && options.document ? options.document : undefined;
  try {
    const operation = getOperationAST(document ?? parse(options.request.query ?? ''), options.request.operationName ?? undefined);
    return operation?.operation === 'mutation';
  } catch {
    return false;
  }
}
