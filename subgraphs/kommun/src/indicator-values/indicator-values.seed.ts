import type { EntityManager } from '@mikro-orm/core';
import type { KommunFacts } from '@orebro/reference-data';
import { EXAMPLE_SOURCE, exampleRows } from './example-values';
import { importKommunIndicatorValues } from './indicator-values.service';

/**
 * Example values for the handlingsplan's follow-up indicators, loaded through the import service like any
 * Kolada file. The real population (N01951) needs nothing here: the facts area seeds it from SCB.
 */
export function seedIndicatorValues(kommun: KommunFacts) {
  return async (em: EntityManager): Promise<void> => {
    await importKommunIndicatorValues(em, kommun.code, {
      format: 'KOLADA_JSON',
      content: JSON.stringify(exampleRows(kommun)),
      source: EXAMPLE_SOURCE,
      isExample: true,
    });
  };
}
