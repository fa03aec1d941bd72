import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { GatewayContext } from './gateway-context';

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
