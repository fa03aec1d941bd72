import type { EntityManager } from '@mikro-orm/core';
import { reportContribution } from './contribution-report';
import type { ServiceContributionInput } from './contribution.rules';

type ActivityRow = NonNullable<ServiceContributionInput['activity']>[number];

/** One activity row a month, from `fromMonth` (YYYY-MM) on: `counts[0]` for that month, the next for the one after, .... */
export function monthlyActivity(measure: string, patientHomeKommunCode: string, fromMonth: string, counts: number[]): ActivityRow[] {
  const [year, month] = fromMonth.split('-').map(Number);
  return counts.map((count, i) => {
    const at = new Date(Date.UTC(year, month - 1 + i, 1));
    return { month: at.toISOString().slice(0, 7), measure, patientHomeKommunCode, count };
  });
}

/** A seed of one huvudman's example contributions: only its own rows, through the same service as the mutation. */
export function seedExampleContributions(ownerId: string, examples: readonly ServiceContributionInput[]) {
  return async (em: EntityManager): Promise<void> => {
    for (const contribution of examples) await reportContribution(em, ownerId, contribution);
  };
}
