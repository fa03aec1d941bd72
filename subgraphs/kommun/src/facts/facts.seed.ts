import type { EntityManager } from '@mikro-orm/core';
import { POPULATION_SOURCE, POPULATION_YEAR, type KommunFacts } from '@orebro/reference-data';
import { KommunProfile } from './kommun-profile.entity';
import { reportPopulation } from './population.service';

/** Seeds one kommun's own facts: its profile and its real 2024 population (SCB). */
export function seedFacts(kommun: KommunFacts) {
  return async (em: EntityManager): Promise<void> => {
    em.create(KommunProfile, { code: kommun.code, name: kommun.name });
    await em.flush();
    await reportPopulation(em, kommun.code, {
      kommunCode: kommun.code,
      year: POPULATION_YEAR,
      value: kommun.population2024,
      source: POPULATION_SOURCE,
      isExample: false,
    });
  };
}
