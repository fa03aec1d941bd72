import type { ApolloServerPlugin } from '@apollo/server';
import type { MikroORM } from '@mikro-orm/core';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import { idsIn } from './audit-ids';
import { refusedWriteEvents } from './denied-attempts';
import type { SubgraphContext } from './subgraph-definition';

/**
 * Every mutation field is audited with its outcome; each request's trail is written after the response.
 * A mutation refused before any field ran (validation, variable types, query limits) is audited as
 * `refused` (denied-attempts.ts), with the verified caller.
 */
export function auditPlugin(orm: MikroORM, schema: GraphQLSchema): ApolloServerPlugin<SubgraphContext<unknown>> {
  return {
    async requestDidStart() {
      let ran = false;
      return {
        async didEncounterErrors({ errors, request, contextValue }) {
          if (ran || !contextValue.audit) return;
          const first = errors[0];
          const code = String(first?.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
          for (const event of refusedWriteEvents(schema, request, code)) contextValue.audit.add(event);
        },
        async executionDidStart({ operation }) {
          // Only a mutation has Mutation fields to audit; a query gets no resolver hook, since any hook
          // makes Apollo Server dispatch every field of the request through its plugins.
          if (operation.operation !== 'mutation') return undefined;
          return {
            willResolveField({ info, args, contextValue }) {
              if (info.parentType.name !== 'Mutation') return undefined;
              ran = true;
              return (error) => {
                const code = error instanceof GraphQLError ? String(error.extensions.code ?? 'INTERNAL_SERVER_ERROR') : error ? 'INTERNAL_SERVER_ERROR' : null;
                contextValue.audit.add({
                  action: 'write',
                  operation: `Mutation.${info.fieldName}`,
                  entity: info.returnType.toString().replace(/[[\]!]/g, ''),
                  entityIds: idsIn(args),
                  outcome: code === null ? 'succeeded' : code === 'FORBIDDEN' || code === 'UNAUTHENTICATED' ? 'denied' : 'failed',
                  detail: code,
                });
              };
            },
          };
        },
        async willSendResponse({ contextValue }) {
          await contextValue.audit?.flush(orm);
        },
      };
    },
  };
}
