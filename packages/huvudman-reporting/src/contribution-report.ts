import type { EntityManager } from '@mikro-orm/core';
import { ContributionActivity, ContributionCost, ContributionStaff } from './contribution.entity';
import { requireContribution, staffRole, type ServiceContributionInput } from './contribution.rules';

/**
 * Records the owner's own contribution (the region's, or an instance's own kommun's) to a co-owned
 * service, in the owner's own database. A row for a key already reported (role
 * and start, year, month and measure and home kommun) is replaced, so a correction is a new report. All
 * rows are checked first and written in one transaction: a refused report changes nothing.
 */
export async function reportContribution(em: EntityManager, owner: string, input: ServiceContributionInput): Promise<void> {
  requireContribution(input);
  const { serviceId, source, isExample } = input;
  const figure = { serviceId, huvudmanId: owner, source, isExample };
  await em.transactional(async (tx) => {
    for (const s of input.staff ?? []) {
      const key = { serviceId, huvudmanId: owner, role: staffRole(s.role), startsOn: s.startsOn };
      const values = Object.assign({}, figure, key, { fteHundredths: Math.round(s.fte * 100), endsOn: s.endsOn ?? null });
      const existing = await tx.findOne(ContributionStaff, key);
      if (existing) tx.assign(existing, values);
      else tx.create(ContributionStaff, values);
    }
    for (const c of input.costs ?? []) {
      const existing = await tx.findOne(ContributionCost, { serviceId, huvudmanId: owner, year: c.year });
      if (existing) tx.assign(existing, Object.assign({}, figure, c));
      else tx.create(ContributionCost, Object.assign({}, figure, c));
    }
    for (const a of input.activity ?? []) {
      const existing = await tx.findOne(ContributionActivity, {
        serviceId,
        huvudmanId: owner,
        month: a.month,
        measure: a.measure,
        patientHomeKommunCode: a.patientHomeKommunCode,
      });
      if (existing) tx.assign(existing, Object.assign({}, figure, a));
      else tx.create(ContributionActivity, Object.assign({}, figure, a));
    }
    await tx.flush();
  });
}
