import type { EntityManager } from '@mikro-orm/core';
import { EXAMPLE_SOURCE, exampleRows } from './example-values';
import { importRegionIndicatorValues } from './indicator-values.service';

/** The region's example values, loaded through the import service like any Kolada file. */
export async function seedIndicatorValues(em: EntityManager): Promise<void> {
  await importRegionIndicatorValues(em, { format: 'KOLADA_JSON', content: JSON.stringify(exampleRows()), source: EXAMPLE_SOURCE, isExample: true });
}
