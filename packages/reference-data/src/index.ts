import data from './reference-data.json';

/** Facts from public sources (copied from shared/data; the product never reads shared/ at run time). */
export interface KommunFacts {
  code: string;
  /** The short name, as in running text and the SCB list: "Lekeberg". */
  name: string;
  /** The kommun's official name, "Lekebergs kommun" (Swedish genitive; none after a vowel or s). */
  officialName: string;
  population2024: number;
  lansdel: string;
  orgNumber: string | null;
}

export interface LansdelFacts {
  id: string;
  name: string;
}

export const referenceData = data;
export const regionFacts = data.region;
export const kommuner: readonly KommunFacts[] = data.kommuner;
export const lansdelar: readonly LansdelFacts[] = data.lansdelar;
export const kommunCodes: readonly string[] = kommuner.map((k) => k.code);
export const REGION_ID = data.region.id;
/** The year of the population figures in reference data (SCB, 31 December). */
export const POPULATION_YEAR = 2024;
export const POPULATION_SOURCE = data.sources.population.split(' (')[0];
/**
 * Sweden's population on 31 December 2024 (SCB, "Folkmängd i riket, län och kommuner 31 december
 * 2024"), the denominator of a population share of a national sum. Not in reference-data.json, which
 * holds the län's own facts; kept beside them so every public figure has one home.
 */
export const SWEDEN_POPULATION = 10_587_710;
export const SWEDEN_POPULATION_SOURCE = 'SCB, folkmängd i riket 31 december 2024';

export function kommunByCode(code: string): KommunFacts | undefined {
  return kommuner.find((k) => k.code === code);
}

export { jointProcess, jointProcesses, type JointProcessFacts } from './joint-processes';
