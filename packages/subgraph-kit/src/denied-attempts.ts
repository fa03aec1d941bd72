import type { MikroORM } from '@mikro-orm/core';
import { ANONYMOUS } from '@orebro/huvudman-auth';
import { GraphQLError, Kind, parse, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { idsIn } from './audit-plugin';
import { AuditTrail } from './audit-trail';

/**
 * A write refused before any resolver ran, because its token failed verification (expired, forged,
 * wrong issuer ...), is audited like any other denied write: one record per mutation field, outcome
 * `denied`, detail `UNAUTHENTICATED: <reason>`. The caller is recorded as unknown: nothing from an
 * unverified token is trusted, and the token itself is never stored.
 */
export async function auditRefusedWrite(orm: MikroORM, schema: GraphQLSchema, params: unknown, error: unknown): Promise<void> {
  const fields = mutationFields(params);
  if (fields.length === 0) return;
  const reason = error instanceof GraphQLError ? error.message : 'the token could not be verified';
  const variables = (params as { variables?: unknown }).variables;
  const trail = new AuditTrail(ANONYMOUS);
  const mutationType = schema.getMutationType();
  for (const field of fields) {
    const fieldType = mutationType?.getFields()[field.name]?.type;
    const returnType = fieldType ? fieldType.toString().replace(/[[\]!]/g, '') : 'unknown';
    trail.add({
      action: 'write',
      operation: `Mutation.${field.name}`,
      entity: returnType,
      entityIds: [...new Set([...field.literalIds, ...idsIn(variables)])],
      outcome: 'denied',
      detail: `UNAUTHENTICATED: ${reason}`.slice(0, 255),
    });
  }
  await trail.flush(orm);
}

/** The top-level fields of the request's mutation, or none when it is no mutation (or does not parse). */
function mutationFields(params: unknown): { name: string; literalIds: string[] }[] {
  if (params === null || typeof params !== 'object') return [];
  const { query, operationName } = params as { query?: unknown; operationName?: unknown };
  if (typeof query !== 'string') return [];
  let operations: OperationDefinitionNode[];
  try {
    operations = parse(query).definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  } catch {
    return [];
  }
  const operation =
    typeof operationName === 'string' ? operations.find((o) => o.name?.value === operationName) : operations.length === 1 ? operations[0] : undefined;
  if (operation?.operation !== 'mutation') return [];
  return operation.selectionSet.selections.flatMap((s) =>
    s.kind === Kind.FIELD && s.name.value !== '__typename'
      ? [
          {
            name: s.name.value,
            literalIds:
              s.arguments?.flatMap((a) => (a.value.kind === Kind.STRING && /(^id$|Id$|^code$|Code$)/.test(a.name.value) ? [a.value.value] : [])) ?? [],
          },
        ]
      : [],
  );
}
