import type { EntityManager } from '@mikro-orm/core';
import { batchLoader, groupLoader, once } from '@orebro/subgraph-kit';
import { CoOwnedService, ServiceBudget, ServiceLansdel, ServiceLeadership, ServiceOwnership } from './co-owned-service.entity';

/** One SQL query per table per request, however many services, owners or länsdelar are asked for. */
export function createCoOwnedServicesLoaders(em: EntityManager) {
  // Ownerships are few (a handful of services, one row per owner) and reached along two paths at different
  // depths of a view (a service's owners, a huvudman's shares): all of them are read once per request and
  // both paths are cut from that read.
  const ownerships = once(() => em.find(ServiceOwnership, {}, { orderBy: { serviceId: 'asc', huvudmanId: 'asc' } }));
  return {
    coOwnedService: batchLoader<string, CoOwnedService>(
      (ids) => em.find(CoOwnedService, { id: { $in: [...ids] } }),
      (s) => s.id,
    ),
    /** Owners in huvudman-id order: the region ("18") first, then the kommuner by code. */
    ownersByService: groupLoader<string, ServiceOwnership>(ownerships, (o) => o.serviceId),
    /** A huvudman's shares, in service order. */
    ownershipsByHuvudman: groupLoader<string, ServiceOwnership>(ownerships, (o) => o.huvudmanId),
    /** Who leads a service, the leader(s) first, then those who take part, each in huvudman-id order. */
    leadershipByService: groupLoader<string, ServiceLeadership>(
      (ids) => em.find(ServiceLeadership, { serviceId: { $in: [...ids] } }, { orderBy: { role: 'asc', huvudmanId: 'asc' } }),
      (l) => l.serviceId,
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
export type CoOwnedServicesLoaders = ReturnType<typeof createCoOwnedServicesLoaders>;
