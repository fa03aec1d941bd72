import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { GraphQLError, Kind, type DocumentNode, type GraphQLSchema, type OperationDefinitionNode, type OperationTypeNode } from 'graphql';

/**
 * Client mistakes that Apollo Server leaves to the executor answer HTTP 400, at the gateway and at
 * every subgraph. Behind a gateway, Apollo Server hands an unresolvable operation to the gateway's
 * executor, which throws, and the client got 500 INVALID_GRAPHQL for its own mistake: an
 * `operationName` the document does not hold (or one naming a fragment), several operations and no
 * name. An operation type the schema does not have passes validation and failed as an internal error
 * in both, and so did a subscription sent over HTTP instead of WebSocket. Checked once the document has parsed and validated, before execution.
 */
export function clientErrorsPlugin<TContext extends BaseContext>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, request, schema }) {
          if (!operation) throw badRequest(unresolvable(document, request.operationName));
          const missingRoot = missingRootType(schema, operation.operation);
          if (missingRoot) throw badRequest(`This graph has no ${missingRoot} operations (the schema defines no ${missingRoot} root type).`);
          // A subscription over HTTP reached the executor, which cannot stream it: an internal error for
          // the client's choice of transport. Subscriptions are served by serveSubscriptions (graphql-ws).
          if (operation.operation === 'subscription')
            throw badRequest('Subscriptions are served over WebSocket (subprotocol graphql-transport-ws) at this same /graphql path, not over HTTP.');
        },
      };
    },
  };
}

function unresolvable(document: DocumentNode, operationName: string | undefined | null): string {
  const names = document.definitions
    .filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)
    .map((d) => d.name?.value)
    .filter((n): n is string => n !== undefined);
  const known = names.length > 0 ? ` It holds: ${names.map((n) => `"${n}"`).join(', ')}.` : '';
  if (operationName !== undefined && operationName !== null) return `The document holds no operation named "${operationName}" (operationName).${known}`;
  return `The document holds several operations: name the one to run in operationName.${known}`;
}

function missingRootType(schema: GraphQLSchema, kind: OperationTypeNode): string | undefined {
  const root = kind === 'query' ? schema.getQueryType() : kind === 'mutation' ? schema.getMutationType() : schema.getSubscriptionType();
  return root ? undefined : kind;
}

function badRequest(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'OPERATION_RESOLUTION_FAILURE', http: { status: 400 } } });
}
