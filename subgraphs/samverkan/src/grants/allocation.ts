import { kommuner, POPULATION_SOURCE, POPULATION_YEAR, REGION_ID, SWEDEN_POPULATION, SWEDEN_POPULATION_SOURCE } from '@orebro/reference-data';

export const LAN_POPULATION = kommuner.reduce((sum, k) => sum + k.population2024, 0);

export interface NationalPart {
  recipients: string;
  amountSek: number;
  isExample: boolean;
}

export interface Allocation {
  huvudmanId: string;
  recipients: string;
  population: number;
  populationSharePercent: number;
  amountSek: number;
  isExample: boolean;
  basis: string;
}

export interface LanShare {
  population: number;
  nationalPopulation: number;
  populationSharePercent: number;
  /** The län's computed share of the part for regions and kommuner jointly; null without such a part. */
  jointSek: number | null;
  /** The huvudmän's allocations plus the joint share: what the län as a whole would receive. */
  amountSek: number;
  isExample: boolean;
  basis: string;
}

/**
 * Computes, by population share, what Region Örebro län and each kommun would receive of a programme's
 * national parts. Computed figures, not official ones: the actual distribution is decided nationally.
 */
export function allocate(parts: readonly NationalPart[]): { lanShare: LanShare | null; allocations: Allocation[] } {
  const allocations: Allocation[] = [];
  const regions = parts.find((p) => p.recipients === 'REGIONS');
  if (regions) allocations.push(allocation(REGION_ID, regions, LAN_POPULATION));
  const kommunPart = parts.find((p) => p.recipients === 'KOMMUNER');
  if (kommunPart) for (const k of kommuner) allocations.push(allocation(k.code, kommunPart, k.population2024));
  const joint = parts.find((p) => p.recipients === 'JOINT');
  if (allocations.length === 0 && !joint) return { lanShare: null, allocations };

  const jointSek = joint ? shareOf(joint.amountSek, LAN_POPULATION) : null;
  return {
    allocations,
    lanShare: {
      population: LAN_POPULATION,
      nationalPopulation: SWEDEN_POPULATION,
      populationSharePercent: percent(LAN_POPULATION),
      jointSek,
      amountSek: allocations.reduce((sum, a) => sum + a.amountSek, 0) + (jointSek ?? 0),
      isExample: parts.some((p) => p.recipients !== 'SKR' && p.isExample),
      basis: `Beräknat: regionernas, kommunernas och den gemensamma delen × länets folkmängd ${LAN_POPULATION} / rikets ${SWEDEN_POPULATION} (${POPULATION_SOURCE}; ${SWEDEN_POPULATION_SOURCE}). Inte ett officiellt belopp.`,
    },
  };
}

function allocation(huvudmanId: string, part: NationalPart, population: number): Allocation {
  return {
    huvudmanId,
    recipients: part.recipients,
    population,
    populationSharePercent: percent(population),
    amountSek: shareOf(part.amountSek, population),
    isExample: part.isExample,
    basis: `Beräknat: ${part.amountSek} kr × folkmängd ${population} / rikets folkmängd ${SWEDEN_POPULATION} (${POPULATION_YEAR}), avrundat till hela kronor. Inte ett officiellt belopp.`,
  };
}

/** amount × population / national population, rounded half up to whole kronor, exactly (BigInt). */
export function shareOf(amountSek: number, population: number): number {
  const scaled = BigInt(amountSek) * BigInt(population) * 2n + BigInt(SWEDEN_POPULATION);
  return Number(scaled / (2n * BigInt(SWEDEN_POPULATION)));
}

const percent = (population: number): number => Math.round((population / SWEDEN_POPULATION) * 1_000_000) / 10_000;
