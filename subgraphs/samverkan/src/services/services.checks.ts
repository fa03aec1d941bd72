import type { EntityManager } from '@mikro-orm/core';
import { badUserInput } from '@orebro/subgraph-kit';
import { Huvudman } from '../register/huvudman.entity';
import { Lansdel } from '../register/lansdel.entity';
import { firstDay, isPartialDate, lastDay } from '../shared/partial-date';
import { FULL_SHARE, percentToBasisPoints } from './shares';
import type { OwnerShareInput } from './services.service';

/** Shares as whole basis points that must add up to exactly 100 %, one per owner. */
export function checkShares(owners: OwnerShareInput[]): { huvudmanId: string; shareBasisPoints: number }[] {
  if (owners.length === 0) throw badUserInput('A co-owned service needs at least one owner.', 'owners');
  const seen = new Set<string>();
  const result = owners.map((owner) => {
    if (seen.has(owner.huvudmanId)) throw badUserInput(`Huvudman ${owner.huvudmanId} is listed as owner twice.`, 'owners');
    seen.add(owner.huvudmanId);
    const shareBasisPoints = percentToBasisPoints(owner.sharePercent);
    if (shareBasisPoints === null) throw badUserInput(`Share ${owner.sharePercent} % of ${owner.huvudmanId} may have at most two decimals.`, 'owners');
    if (shareBasisPoints <= 0 || shareBasisPoints > FULL_SHARE) throw badUserInput(`Share of ${owner.huvudmanId} must be above 0 % and at most 100 %.`, 'owners');
    return { huvudmanId: owner.huvudmanId, shareBasisPoints };
  });
  const total = result.reduce((sum, o) => sum + o.shareBasisPoints, 0);
  if (total !== FULL_SHARE) throw badUserInput(`The owners' shares add up to ${total / 100} %, not 100 %.`, 'owners');
  return result;
}

export function checkPeriod(startsOn: string | null, endsOn: string | null): void {
  if (startsOn !== null && !isPartialDate(startsOn)) throw badUserInput(`startsOn "${startsOn}" must be a date like 2017, 2019-06 or 2022-01-01.`, 'startsOn');
  if (endsOn !== null && !isPartialDate(endsOn)) throw badUserInput(`endsOn "${endsOn}" must be a date like 2017, 2019-06 or 2022-01-01.`, 'endsOn');
  if (startsOn !== null && endsOn !== null && lastDay(endsOn) < firstDay(startsOn)) throw badUserInput('The service cannot end before it starts.', 'endsOn');
}

export async function checkRegistered(em: EntityManager, huvudmanIds: string[], field: string): Promise<void> {
  const known = new Set((await em.find(Huvudman, { id: { $in: huvudmanIds } })).map((h) => h.id));
  const unknown = huvudmanIds.find((id) => !known.has(id));
  if (unknown) throw badUserInput(`Huvudman "${unknown}" is not in the register.`, field);
}

export async function checkLansdelar(em: EntityManager, lansdelIds: string[]): Promise<void> {
  const lansdelar = new Set((await em.find(Lansdel, { id: { $in: lansdelIds } })).map((l) => l.id));
  const unknownLansdel = lansdelIds.find((id) => !lansdelar.has(id));
  if (unknownLansdel) throw badUserInput(`Unknown länsdel "${unknownLansdel}".`, 'lansdelIds');
}
