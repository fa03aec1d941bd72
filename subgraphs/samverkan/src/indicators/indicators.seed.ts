import type { EntityManager } from '@mikro-orm/core';
import { handlingsplanIndicators, populationIndicator } from './catalogue/handlingsplan';
import { hsnIndicators } from './catalogue/hsn-2024';
import { defineIndicator } from './indicators.service';

/** The follow-up model's indicators, through the same service as the secretariat's writes. */
export async function seedIndicators(em: EntityManager): Promise<void> {
  for (const indicator of [populationIndicator, ...handlingsplanIndicators, ...hsnIndicators]) await defineIndicator(em, indicator);
}
