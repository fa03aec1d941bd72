import { defineArea, type SubgraphResolvers } from '@orebro/subgraph-kit';
import { CoOwnedService, ServiceBudget, ServiceLansdel, ServiceLeadership, ServiceOwnership } from './co-owned-service.entity';
import { createServicesLoaders, type ServicesLoaders } from './services.loaders';
import { servicesResolvers } from './services.resolvers';
import { seedServices } from './services.seed';

/** Co-owned services: owners and shares, who leads and who takes part, employer, governing body, agreement, budgets, and the balance view. */
export const servicesArea = defineArea<ServicesLoaders>({
  name: 'services',
  entities: [CoOwnedService, ServiceOwnership, ServiceBudget, ServiceLansdel, ServiceLeadership],
  loaders: createServicesLoaders,
  // The resolvers also use the register's loaders (huvudman, lansdel): all areas' loaders are merged per request.
  resolvers: servicesResolvers as SubgraphResolvers<ServicesLoaders>,
  seed: seedServices,
});
