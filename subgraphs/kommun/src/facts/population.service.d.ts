import type { EntityManager } from '@mikro-orm/core';
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
export declare function reportPopulation(em: EntityManager, ownCode: string, input: PopulationInput): Promise<PopulationFigure>;
