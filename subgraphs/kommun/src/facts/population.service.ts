import type { EntityManager } from '@mikro-orm/core';
import { requireNoIdentityNumber, requireCount, requireSource, requireYear, POPULATION_YEARS } from '@orebro/subgraph-kit';
import { requireOwnKommun } from '../shared/own-kommun';
import { PopulationFigure } from './population-figure.entity';

export interface PopulationInput {
  kommunCode: string;
  year: number;
  value: number;
  source: string;
  isExample: boolean;
}

/**
 * Records a population figure for this instance's own kommun; a figure for another kommun is refused.
 * Re-reporting a year replaces that year's figure instead of adding a second one.
 */
export async function reportPopulation(em: EntityManager, ownCode: string, input: PopulationInput): Promise<PopulationFigure> {
  requireOwnKommun(ownCode, input.kommunCode, 'a figure');
  requireYear(input.year, 'year', POPULATION_YEARS);
  requireCount(input.value, 'value');
  requireSource(input.source);
  requireNoIdentityNumber(input.source, 'source');
  const existing = await em.findOne(PopulationFigure, { kommunCode: input.kommunCode, year: input.year });
  const figure = existing ?? em.create(PopulationFigure, input);
  em.assign(figure, input);
  await em.flush();
  return figure;
}
