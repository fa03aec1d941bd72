import { MAX_COUNT, MAX_INDICATOR_MAGNITUDE } from '@orebro/subgraph-kit';
import type { Aggregation } from './indicator-kinds';

/** One member's contribution to an aggregate, as the matrix cell has it. */
export interface AggregateMember<H> {
  huvudman: H;
  status: 'REPORTED' | 'NOT_REPORTED' | 'HUVUDMAN_UNAVAILABLE' | 'NOT_APPLICABLE';
  value: number | null;
  populationWeight: number | null;
  /** The year of the population weight (the value's year, or the nearest the kommun holds). */
  populationYear: number | null;
  isExample: boolean;
}

export type GapReason = 'NOT_REPORTED' | 'HUVUDMAN_UNAVAILABLE' | 'NO_VALUE' | 'NO_POPULATION_WEIGHT' | 'IMPLAUSIBLE_VALUE';

export interface AggregateResult<H> {
  method: Aggregation;
  value: number | null;
  complete: boolean;
  inputs: { huvudman: H; value: number; weight: number | null; weightYear: number | null }[];
  missing: { huvudman: H; reason: GapReason }[];
  isExample: boolean;
  note: string | null;
}

/**
 * Combines the members' values by the indicator's rule: a sum for counts, Σ(value × population) / Σ population
 * for rates and shares. A member without a value (not reported, unreachable, no population weight) is never
 * counted as zero: the aggregate is then incomplete, its value null, and `missing` says who and why.
 */
export function aggregate<H>(rule: Aggregation, members: AggregateMember<H>[], noneNote: string | null): AggregateResult<H> {
  const result: AggregateResult<H> = { method: rule, value: null, complete: false, inputs: [], missing: [], isExample: false, note: null };
  // `result` is filled in place, never copied with `{ ...result, note }` (a hidden class per copy on Node 20; eslint.config.mjs).
  if (rule === 'NONE') return withNote(result, noneNote ?? 'Indikatorn har inget sammanvägt värde.');
  if (members.length === 0) return withNote(result, 'Inga huvudmän rapporterar här.');
  for (const m of members) {
    const reason = gapOf(rule, m);
    if (reason) result.missing.push({ huvudman: m.huvudman, reason });
    else if (rule === 'SUM') result.inputs.push({ huvudman: m.huvudman, value: m.value!, weight: null, weightYear: null });
    else result.inputs.push({ huvudman: m.huvudman, value: m.value!, weight: m.populationWeight, weightYear: m.populationYear });
  }
  result.isExample = members.some((m) => m.status === 'REPORTED' && m.isExample);
  result.complete = result.missing.length === 0;
  if (!result.complete) return withNote(result, `Ofullständigt: ${result.missing.length} av ${members.length} värden saknas.`);
  if (rule === 'SUM') {
    result.value = result.inputs.reduce((sum, i) => sum + i.value, 0);
    return result;
  }
  const totalWeight = result.inputs.reduce((sum, i) => sum + i.weight!, 0);
  if (totalWeight === 0) {
    result.complete = false;
    return withNote(result, 'Vikterna summerar till noll.');
  }
  result.value = result.inputs.reduce((sum, i) => sum + i.value * i.weight!, 0) / totalWeight;
  return result;
}

function withNote<H>(result: AggregateResult<H>, note: string): AggregateResult<H> {
  result.note = note;
  return result;
}

function gapOf<H>(rule: Aggregation, m: AggregateMember<H>): GapReason | null {
  if (m.status === 'NOT_REPORTED' || m.status === 'HUVUDMAN_UNAVAILABLE') return m.status;
  if (m.value === null) return 'NO_VALUE';
  // One member's implausible figure is its own gap, never an error or a wrong aggregate for everyone.
  if (!Number.isFinite(m.value) || Math.abs(m.value) > MAX_INDICATOR_MAGNITUDE) return 'IMPLAUSIBLE_VALUE';
  if (m.populationWeight !== null && !(Number.isSafeInteger(m.populationWeight) && m.populationWeight <= MAX_COUNT)) return 'IMPLAUSIBLE_VALUE';
  if (rule === 'POPULATION_WEIGHTED_MEAN' && (m.populationWeight === null || m.populationWeight <= 0)) return 'NO_POPULATION_WEIGHT';
  return null;
}
