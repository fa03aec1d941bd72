import type { EntityManager } from '@mikro-orm/core';
import { EXAMPLE_SOURCE, exampleBudgets, seededServices } from './co-owned-services.seed-data';
import { saveCoOwnedService, setServiceBudget } from './co-owned-services.service';

/** Seeds the co-owned services of the documents through the same service functions as the mutations. */
export async function seedCoOwnedServices(em: EntityManager): Promise<void> {
  for (const service of seededServices) await saveCoOwnedService(em, service);
  for (const budget of exampleBudgets) await setServiceBudget(em, { ...budget, source: EXAMPLE_SOURCE, isExample: true });
}
