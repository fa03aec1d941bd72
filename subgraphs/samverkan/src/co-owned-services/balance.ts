import { MAX_SEK } from '@orebro/subgraph-kit';
import { splitByWeight } from './shares';

/** More full-time equivalents than any huvudman in the län employs: a figure above it is a typing error. */
const MAX_FTE = 10_000;

/** What an owner's own subgraph reports for a service (the part the balance needs). */
export interface ReportedContribution {
  huvudmanId: string;
  staff: { fte: number; startsOn: string; endsOn: string | null }[];
  costs: { year: number; amountSek: number }[];
}

export interface OwnerBalance {
  huvudmanId: string;
  agreedShareBasisPoints: number;
  agreedAmountSek: number | null;
  /** False when the owner's figures for the year are missing: not reported, or its subgraph did not answer. */
  reported: boolean;
  /** Why the owner's reported figures were left out of the sums (implausible); null when they were used. */
  excludedBecause: string | null;
  costSek: number | null;
  costDifferenceSek: number | null;
  averageFte: number | null;
  costSharePercent: number | null;
  fteSharePercent: number | null;
  costShareDifference: number | null;
  fteShareDifference: number | null;
}

export interface ServiceBalance {
  year: number;
  budgetSek: number | null;
  complete: boolean;
  totalCostSek: number | null;
  totalFte: number | null;
  owners: OwnerBalance[];
}

/**
 * Agreed share against actual contribution for one year. An owner has reported the year when it gave a
 * cost for it; actual shares are only computed when every owner has, since a missing owner is unknown,
 * not zero.
 */
export function computeBalance(
  year: number,
  owners: readonly { huvudmanId: string; shareBasisPoints: number }[],
  budgetSek: number | null,
  contributions: readonly ReportedContribution[],
): ServiceBalance {
  const agreed =
    budgetSek === null
      ? null
      : splitByWeight(
          budgetSek,
          owners.map((o) => ({ key: o.huvudmanId, weight: o.shareBasisPoints })),
        );
  const actual = owners.map((owner) => {
    const own = contributions.filter((c) => c.huvudmanId === owner.huvudmanId);
    const costs = own.flatMap((c) => c.costs).filter((c) => c.year === year);
    if (costs.length === 0) return { owner, reported: false, excludedBecause: null, costSek: null, fte: null };
    const staff = own.flatMap((c) => c.staff);
    // One owner's implausible figure is marked on its own row and kept out of every sum: the others' rows
    // are still computed, and the totals are unknown (as for a missing owner), never wrong or an error.
    const excludedBecause = implausibility(costs, staff);
    if (excludedBecause) return { owner, reported: true, excludedBecause, costSek: null, fte: null };
    const fte = staff.reduce((sum, s) => sum + s.fte * yearFraction(year, s.startsOn, s.endsOn), 0);
    return { owner, reported: true, excludedBecause: null, costSek: costs.reduce((sum, c) => sum + c.amountSek, 0), fte };
  });
  const complete = actual.every((a) => a.costSek !== null);
  const totalCostSek = complete ? actual.reduce((sum, a) => sum + a.costSek!, 0) : null;
  const totalFte = complete ? actual.reduce((sum, a) => sum + a.fte!, 0) : null;

  return {
    year,
    budgetSek,
    complete,
    totalCostSek,
    totalFte: totalFte === null ? null : round2(totalFte),
    owners: actual.map(({ owner, reported, excludedBecause, costSek, fte }) => {
      const agreedAmountSek = agreed?.get(owner.huvudmanId) ?? null;
      const agreedPercent = owner.shareBasisPoints / 100;
      const costSharePercent = totalCostSek && costSek !== null ? round2((costSek / totalCostSek) * 100) : null;
      const fteSharePercent = totalFte && fte !== null ? round2((fte / totalFte) * 100) : null;
      return {
        huvudmanId: owner.huvudmanId,
        agreedShareBasisPoints: owner.shareBasisPoints,
        agreedAmountSek,
        reported,
        excludedBecause,
        costSek,
        costDifferenceSek: costSek !== null && agreedAmountSek !== null ? costSek - agreedAmountSek : null,
        averageFte: fte === null ? null : round2(fte),
        costSharePercent,
        fteSharePercent,
        costShareDifference: costSharePercent === null ? null : round2(costSharePercent - agreedPercent),
        fteShareDifference: fteSharePercent === null ? null : round2(fteSharePercent - agreedPercent),
      };
    }),
  };
}

/** Why an owner's figures cannot enter joint sums, or null: amounts and FTE outside the write-time bounds. */
function implausibility(costs: { amountSek: number }[], staff: { fte: number }[]): string | null {
  const cost = costs.find((c) => !Number.isSafeInteger(c.amountSek) || c.amountSek < 0 || c.amountSek > MAX_SEK);
  if (cost) return `The reported cost ${cost.amountSek} SEK is outside 0–${MAX_SEK} SEK; left out of the sums.`;
  const row = staff.find((s) => !Number.isFinite(s.fte) || s.fte < 0 || s.fte > MAX_FTE);
  if (row) return `The reported staffing ${row.fte} FTE is outside 0–${MAX_FTE} FTE; left out of the sums.`;
  return null;
}

/** The part of `year` a staffing period covers (1 for the whole year): FTE averaged over the year. */
export function yearFraction(year: number, startsOn: string, endsOn: string | null): number {
  const yearStart = Date.UTC(year, 0, 1);
  const yearEnd = Date.UTC(year + 1, 0, 1);
  const from = Math.max(yearStart, Date.parse(`${startsOn}T00:00:00Z`));
  const to = Math.min(yearEnd, endsOn === null ? yearEnd : Date.parse(`${endsOn}T00:00:00Z`) + 86_400_000);
  return to <= from ? 0 : (to - from) / (yearEnd - yearStart);
}

const round2 = (value: number): number => Math.round(value * 100) / 100;
