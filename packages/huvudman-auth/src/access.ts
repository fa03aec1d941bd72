import { GraphQLError } from 'graphql';
import type { Caller, Role } from './caller';

/**
 * Access rules, decided in the subgraph that owns the data. A denial says what was missing, never
 * what exists.
 */
export type AuthenticatedCaller = Extract<Caller, { kind: 'authenticated' }>;

/** Internal data: staff of a participating huvudman. */
export function requireStaff(caller: Caller): AuthenticatedCaller {
  if (caller.kind === 'anonymous') throw forbidden('this needs a token from staff of a participating huvudman', 'UNAUTHENTICATED');
  if (!caller.participating) throw forbidden(`huvudman ${caller.huvudman} does not take part in the samverkan`);
  return caller;
}

export function requireRole(caller: Caller, role: Role): AuthenticatedCaller {
  const staff = requireStaff(caller);
  if (!staff.roles.includes(role)) throw forbidden(`this needs the ${role} role`);
  return staff;
}

/** A huvudman's own data: only its own staff with the writer role may change it. */
export function requireWriterFor(caller: Caller, owner: string): AuthenticatedCaller {
  const writer = requireRole(caller, 'writer');
  if (writer.huvudman !== owner) throw forbidden(`only huvudman ${owner}'s own writers may change its data`);
  return writer;
}

export function forbidden(reason: string, code: 'FORBIDDEN' | 'UNAUTHENTICATED' = 'FORBIDDEN'): GraphQLError {
  return new GraphQLError(`Not allowed: ${reason}.`, { extensions: { code } });
}
