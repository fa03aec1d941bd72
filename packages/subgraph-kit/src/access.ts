import { requireStaff } from '@orebro/huvudman-auth';
import type { GraphQLResolveInfo } from 'graphql';
import type { SubgraphContext } from './subgraph-definition';

/**
 * Internal data: only staff of a participating huvudman may read it, and every read is audited in
 * the owning subgraph. Call it in the resolver before returning the data.
 */
export function readInternal(ctx: SubgraphContext<unknown>, info: GraphQLResolveInfo, entity: string, ids: (string | number)[]): void {
  const operation = `${info.parentType.name}.${info.fieldName}`;
  try {
    requireStaff(ctx.caller);
  } catch (error) {
    ctx.audit.add({ action: 'read', operation, entity, entityIds: ids.map(String), outcome: 'denied', detail: 'FORBIDDEN' });
    throw error;
  }
  ctx.audit.add({ action: 'read', operation, entity, entityIds: ids.map(String), outcome: 'allowed' });
}
