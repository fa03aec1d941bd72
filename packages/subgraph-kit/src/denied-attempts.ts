import type { MikroORM } from '@mikro-orm/core';
import { ANONYMOUS } from '@orebro/huvudman-auth';
// The operation reader's own module, not the package's index: the index also brings the gateway's
// transport (undici, with its HTTP agent made at load) and circuit breakers (cockatiel), which a
// subgraph process never uses and would otherwise carry, about 3 MB of heap in each of fourteen.
import { analyseOperation } from '@orebro/sharded-source/src/operation';
import { GraphQLError, Kind, type GraphQLSchema } from 'graphql';
import { idsIn } from './audit-ids';
import { AuditTrail, type AuditEvent } from './audit-trail';

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
  for (const field of fields) {
    trail.add({
      action: 'write',
      operation: `Mutation.${field.name}`,
      entity: returnTypeOf(schema, field.name),
      entityIds: [...new Set([...field.literalIds, ...idsIn(variables)])],
      outcome: 'denied',
      detail: `UNAUTHENTICATED: ${reason}`.slice(0, 255),
    });
  }
  await trail.flush(orm);
}

/**
 * The audit events of a write refused as invalid before any resolver ran: it failed validation
 * against this schema (unknown field or argument, wrong literal), its variables did not fit their
 * types, or it broke a query limit. One event per mutation field the request names, outcome
 * `refused`, detail the error code only: the messages quote the request's own text, which is never
 * stored, and so are no ids from input that did not validate. None for a request that is no mutation.
 */
export function refusedWriteEvents(schema: GraphQLSchema, params: unknown, code: string): AuditEvent[] {
  return mutationFields(params).map((field) => ({
    action: 'write',
    operation: `Mutation.${field.name}`.slice(0, 255),
    entity: returnTypeOf(schema, field.name),
    entityIds: [],
    outcome: 'refused',
    detail: code.slice(0, 255),
  }));
}

function returnTypeOf(schema: GraphQLSchema, fieldName: string): string {
  const fieldType = schema.getMutationType()?.getFields()[fieldName]?.type;
  return fieldType ? fieldType.toString().replace(/[[\]!]/g, '') : 'unknown';
}

/**
 * The mutation fields the request executes, read as the executor reads them (sharded-source's
 * operation reader: the operation by operationName, fragments, @skip/@include with the variables), or
 * none when it is no mutation or cannot be read.
 */
function mutationFields(params: unknown): { name: string; literalIds: string[] }[] {
  if (params === null || typeof params !== 'object') return [];
  const { query, operationName, variables } = params as { query?: unknown; operationName?: unknown; variables?: unknown };
  if (typeof query !== 'string') return [];
  const given = variables !== null && typeof variables === 'object' && !Array.isArray(variables) ? (variables as Record<string, unknown>) : {};
  let operation: ReturnType<typeof analyseOperation>;
  try {
    operation = analyseOperation(query, typeof operationName === 'string' ? operationName : undefined, given);
  } catch {
    return [];
  }
  if (operation.kind !== 'mutation') return [];
  return operation.rootFields
    .filter((f) => f.name !== '__typename')
    .map((f) => ({
      name: f.name,
      literalIds: f.node.arguments?.flatMap((a) => (a.value.kind === Kind.STRING && /(^id$|Id$|^code$|Code$)/.test(a.name.value) ? [a.value.value] : [])) ?? [],
    }));
}
