import type { EntityManager } from '@mikro-orm/core';
import { REGION_ID } from '@orebro/reference-data';
import { requireImportFile, upsertIndicatorValues, type ImportInput, type ImportResult } from '@orebro/huvudman-reporting';
import { IndicatorValue } from './indicator-value.entity';

/** Kolada names the region by its län code with two leading zeros ("0018"); the graph calls it "18". */
const OWN_MUNICIPALITY_IDS = new Set([REGION_ID, REGION_ID.padStart(4, '0')]);

/**
 * Imports a Kolada-format file into the region's own values, all or nothing, in one transaction: a row
 * for any kommun (or malformed) refuses the whole file. Re-importing replaces a value (same indicator,
 * period and gender) instead of adding a second one. The mutation, the import command and the seed all
 * come through here.
 */
export async function importRegionIndicatorValues(em: EntityManager, input: ImportInput): Promise<ImportResult> {
  const { values, source, isExample } = requireImportFile(input, `${REGION_ID} (Kolada 0018)`, (m) => OWN_MUNICIPALITY_IDS.has(m));
  return em.transactional(async (tx) => {
    const result: ImportResult = { huvudmanId: REGION_ID, rows: values.length, created: 0, updated: 0, unchanged: 0 };
    await upsertIndicatorValues(tx, IndicatorValue, {}, { values, source, isExample }, result);
    await tx.flush();
    return result;
  });
}
