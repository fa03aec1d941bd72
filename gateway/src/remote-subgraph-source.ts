import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { httpTransport, type ShardResponse } from '@orebro/sharded-source';
import type { GatewayContext } from './gateway-context';
import { unansweredEntities } from './unanswered-entities';

export interface RemoteSubgraphOptions {
  name: string;
  url: string;
  timeoutMs: number;
  /** Error extensions naming whose data is missing when the subgraph does not answer. */
  unavailable: Record<string, string>;
}

/**
 * A single-instance subgraph over the same pooled keep-alive transport as the shards, so a missing
 * subgraph is reported the same way: data from the others, and an error saying what is missing.
 */
export class RemoteSubgraphSource implements GraphQLDataSource<GatewayContext> {
  constructor(private readonly options: RemoteSubgraphOptions) {}

  async process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<ShardResponse> {
    const { request, context } = options;
    const { name, url, timeoutMs, unavailable } = this.options;
    try {
      const { response } = await httpTransport(url, { query: request.query ?? '', operationName: request.operationName, variables: request.variables }, forwardedHeaders(context), timeoutMs);
      return response;
    } catch (error) {
      context.logger?.warn({ subgraph: name, err: error }, 'subgraph did not answer');
      const errors = [{ message: `The ${name} subgraph is unavailable; its data is missing from this answer.`, extensions: unavailable }];
      // An entity fetch is answered with the entities' fields null, so views that @require them still run.
      const entities = unansweredEntities(request.query ?? '', 'document' in options ? options.document : undefined, request.variables);
      return entities ? { data: { _entities: entities }, errors } : { errors };
    }
  }
}

/** What the gateway passes on to every subgraph: the caller's token, which each subgraph verifies again. */
export function forwardedHeaders(context: Partial<GatewayContext> | undefined): Record<string, string> {
  return context?.authorization ? { authorization: context.authorization } : {};
}
