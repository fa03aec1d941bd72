import { defineArea, type SubgraphResolvers } from '@orebro/subgraph-kit';
import { CoOwnedService, ServiceBudget, ServiceLansdel, ServiceLeadership, ServiceOwnership } from './co-owned-service.entity';
import { createCoOwnedServicesLoaders, type CoOwnedServicesLoaders } from './co-owned-services.loaders';
import { coOwnedServicesResolvers } from './co-owned-services.resolvers';
import { seedCoOwnedServices } from './co-owned-services.seed';

/** Co-owned services: owners and shares, who leads and who takes part, employer, governing body, agreement, budgets, and the balance view. */
export const coOwnedServicesArea = defineArea<CoOwnedServicesLoaders>({
  name: 'co-owned-services',
  entities: [CoOwnedService, ServiceOwnership, ServiceBudget, ServiceLansdel, ServiceLeadership],
  loaders: createCoOwnedServicesLoaders,
  // The resolvers also use the register's loaders (huvudman, lansdel): all areas' loaders are merged per request.
  resolvers: coOwnedServicesResolvers as SubgraphResolvers<CoOwnedServicesLoaders>,
  seed: seedCoOwnedServices,
});
