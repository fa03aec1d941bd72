import type { EntityManager } from '@mikro-orm/core';
import { batchLoader, groupLoader } from '@orebro/subgraph-kit';
import { CoOwnedService, ServiceBudget, ServiceLansdel, ServiceOwnership } from './co-owned-service.entity';

/** One SQL query per table per request, however many services, owners or länsdelar are asked for. */
export function createServicesLoaders(em: EntityManager) {
  return {
    coOwnedService: batchLoader<string, CoOwnedService>((ids) => em.find(CoOwnedService, { id: { $in: [...ids] } }), (s) => s.id),
    /** Owners in huvudman-id order: the region ("18") first, then the kommuner by code. */
    ownersByService: groupLoader<string, ServiceOwnership>(
      (ids) => em.find(ServiceOwnership, { serviceId: { $in: [...ids] } }, { orderBy: { huvudmanId: 'asc' } }),
      (o) => o.serviceId,
    ),
    ownershipsByHuvudman: groupLoader<string, ServiceOwnership>(
      (ids) => em.find(ServiceOwnership, { huvudmanId: { $in: [...ids] } }, { orderBy: { serviceId: 'asc' } }),
      (o) => o.huvudmanId,
    ),
    budgetsByService: groupLoader<string, ServiceBudget>(
      (ids) => em.find(ServiceBudget, { serviceId: { $in: [...ids] } }, { orderBy: { year: 'asc' } }),
      (b) => b.serviceId,
    ),
    lansdelLinksByService: groupLoader<string, ServiceLansdel>(
      (ids) => em.find(ServiceLansdel, { serviceId: { $in: [...ids] } }, { orderBy: { lansdelId: 'asc' } }),
      (l) => l.serviceId,
    ),
    serviceLinksByLansdel: groupLoader<string, ServiceLansdel>(
      (ids) => em.find(ServiceLansdel, { lansdelId: { $in: [...ids] } }, { orderBy: { serviceId: 'asc' } }),
      (l) => l.lansdelId,
    ),
  };
}
export type ServicesLoaders = ReturnType<typeof createServicesLoaders>;
