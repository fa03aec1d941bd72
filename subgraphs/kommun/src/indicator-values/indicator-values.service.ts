import type { EntityManager } from '@mikro-orm/core';
import { PopulationFigure } from '../facts/population-figure.entity';
import { reportPopulation } from '../facts/population.service';
import { requireImportFile, describe, refusedFile, upsertIndicatorValues, type ImportInput, type ImportResult } from '@orebro/huvudman-reporting';
import { IndicatorValue } from './indicator-value.entity';
import type { FileValue } from '@orebro/huvudman-reporting';

/** Kolada's id for total population; its T value is the facts area's population figure, stored once. */
export const POPULATION_KPI = 'N01951';

/**
 * Imports a Kolada-format file into this kommun's own values, all or nothing, in one transaction: a row
 * for another kommun or a malformed row refuses the whole file. Re-importing replaces a value (same
 * indicator, period and gender) instead of adding a second one. The mutation, the import command and
 * the seed all come through here.
 */
export async function importKommunIndicatorValues(em: EntityManager, ownCode: string, input: ImportInput): Promise<ImportResult> {
  const { values, source, isExample } = requireImportFile(input, ownCode, (municipality) => municipality === ownCode);
  const population = values.filter(isPopulationTotal);
  const badPopulation = population.filter((v) => v.value === null || !Number.isInteger(v.value) || v.value < 0 || v.period.length !== 4);
  if (badPopulation.length > 0) throw refusedFile(badPopulation.map((v) => describe(v, 'N01951 (T) is a yearly population: a non-negative whole number.')));
  const others = values.filter((v) => !isPopulationTotal(v));

  return em.transactional(async (tx) => {
    const result: ImportResult = { huvudmanId: ownCode, rows: values.length, created: 0, updated: 0, unchanged: 0 };
    await upsertIndicatorValues(tx, IndicatorValue, { kommunCode: ownCode }, { values: others, source, isExample }, result);
    await tx.flush();
    const figures = new Map((await tx.find(PopulationFigure, { kommunCode: ownCode })).map((f) => [String(f.year), f]));
    for (const v of population) {
      const before = figures.get(v.period);
      if (before && before.value === v.value && before.source === source && before.isExample === isExample) {
        result.unchanged++;
        continue;
      }
      await reportPopulation(tx, ownCode, { kommunCode: ownCode, year: Number(v.period), value: v.value!, source, isExample });
      result[before ? 'updated' : 'created']++;
    }
    return result;
  });
}

function isPopulationTotal(v: FileValue): boolean {
  return v.kpi === POPULATION_KPI && v.gender === 'T';
}
