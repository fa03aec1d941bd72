import type { EntityManager } from '@mikro-orm/core';
import { badUserInput } from '@orebro/subgraph-kit';
import { ContributionActivity, ContributionCost, ContributionStaff } from '@orebro/huvudman-reporting';
import { requireContribution, staffRole, type ServiceContributionInput } from '@orebro/huvudman-reporting';

/**
 * Records this instance's own kommun's contribution to a co-owned service; a report for any other kommun
 * is refused. A row for a key already reported (role and start, year, month and measure and home kommun)
 * is replaced. All rows are checked first and written in one transaction: a refused report changes nothing.
 */
export async function reportContribution(em: EntityManager, ownCode: string, kommunCode: string, input: ServiceContributionInput): Promise<void> {
  if (kommunCode !== ownCode) {
    throw badUserInput(`This instance holds data for kommun ${ownCode} only; refused a contribution for ${kommunCode}.`, 'kommunCode');
  }
  requireContribution(input);
  const { serviceId, source, isExample } = input;
  const figure = { serviceId, huvudmanId: ownCode, source, isExample };
  await em.transactional(async (tx) => {
    for (const s of input.staff ?? []) {
      const key = { serviceId, huvudmanId: ownCode, role: staffRole(s.role), startsOn: s.startsOn };
      const values = { ...figure, ...key, fteHundredths: Math.round(s.fte * 100), endsOn: s.endsOn ?? null };
      const existing = await tx.findOne(ContributionStaff, key);
      if (existing) tx.assign(existing, values);
      else tx.create(ContributionStaff, values);
    }
    for (const c of input.costs ?? []) {
      const existing = await tx.findOne(ContributionCost, { serviceId, huvudmanId: ownCode, year: c.year });
      if (existing) tx.assign(existing, { ...figure, ...c });
      else tx.create(ContributionCost, { ...figure, ...c });
    }
    for (const a of input.activity ?? []) {
      const existing = await tx.findOne(ContributionActivity, {
        serviceId,
        huvudmanId: ownCode,
        month: a.month,
        measure: a.measure,
        patientHomeKommunCode: a.patientHomeKommunCode,
      });
      if (existing) tx.assign(existing, { ...figure, ...a });
      else tx.create(ContributionActivity, { ...figure, ...a });
    }
    await tx.flush();
  });
}
