import type { EntityManager } from '@mikro-orm/core';
import { badUserInput } from '@orebro/subgraph-kit';
import { Huvudman } from '../register/huvudman.entity';
import { Lansdel } from '../register/lansdel.entity';
import { firstDay, isPartialDate, lastDay } from '../shared/partial-date';
import { FULL_SHARE, percentToBasisPoints } from './shares';
import { ServiceLeadershipRoles } from './co-owned-service.entity';
import type { OwnerShareInput, ServiceLeadershipInput } from './co-owned-services.service';
import { requireNoIdentityNumber } from '@orebro/subgraph-kit';

/** Shares as whole basis points that must add up to exactly 100 %, one per owner. */
export function requireShares(owners: OwnerShareInput[]): { huvudmanId: string; shareBasisPoints: number }[] {
  if (owners.length === 0) throw badUserInput('A co-owned service needs at least one owner.', 'owners');
  const seen = new Set<string>();
  const result = owners.map((owner) => {
    if (seen.has(owner.huvudmanId)) throw badUserInput(`Huvudman ${owner.huvudmanId} is listed as owner twice.`, 'owners');
    seen.add(owner.huvudmanId);
    const shareBasisPoints = percentToBasisPoints(owner.sharePercent);
    if (shareBasisPoints === null) throw badUserInput(`Share ${owner.sharePercent} % of ${owner.huvudmanId} may have at most two decimals.`, 'owners');
    if (shareBasisPoints <= 0 || shareBasisPoints > FULL_SHARE)
      throw badUserInput(`Share of ${owner.huvudmanId} must be above 0 % and at most 100 %.`, 'owners');
    return { huvudmanId: owner.huvudmanId, shareBasisPoints };
  });
  const total = result.reduce((sum, o) => sum + o.shareBasisPoints, 0);
  if (total !== FULL_SHARE) throw badUserInput(`The owners' shares add up to ${total / 100} %, not 100 %.`, 'owners');
  return result;
}

/**
 * Who leads and who takes part: each huvudman once, a known role, its basis and source given. A list
 * that names anyone names who leads (at least one LEADS): "takes part" is only meaningful beside a leader.
 */
export function requireLeadership(leadership: ServiceLeadershipInput[]): void {
  const seen = new Set<string>();
  leadership.forEach((l, i) => {
    const field = `leadership.${i}`;
    if (seen.has(l.huvudmanId)) throw badUserInput(`Huvudman ${l.huvudmanId} is listed in the leadership twice.`, 'leadership');
    seen.add(l.huvudmanId);
    if (!(ServiceLeadershipRoles as readonly string[]).includes(l.role)) throw badUserInput(`Unknown leadership role "${l.role}".`, `${field}.role`);
    if (l.basis.trim() === '') throw badUserInput("Say what the documents state about this huvudman's part (basis).", `${field}.basis`);
    if (l.source.trim() === '') throw badUserInput('Every statement needs a source.', `${field}.source`);
    requireNoIdentityNumber(l.basis, `${field}.basis`);
    requireNoIdentityNumber(l.source, `${field}.source`);
  });
  if (leadership.length > 0 && !leadership.some((l) => l.role === 'LEADS')) {
    throw badUserInput('A leadership list names who leads the service (role LEADS), not only who takes part.', 'leadership');
  }
}

export function requirePeriod(startsOn: string | null, endsOn: string | null): void {
  if (startsOn !== null && !isPartialDate(startsOn)) throw badUserInput(`startsOn "${startsOn}" must be a date like 2017, 2019-06 or 2022-01-01.`, 'startsOn');
  if (endsOn !== null && !isPartialDate(endsOn)) throw badUserInput(`endsOn "${endsOn}" must be a date like 2017, 2019-06 or 2022-01-01.`, 'endsOn');
  if (startsOn !== null && endsOn !== null && lastDay(endsOn) < firstDay(startsOn)) throw badUserInput('The service cannot end before it starts.', 'endsOn');
}

export async function requireRegistered(em: EntityManager, huvudmanIds: string[], field: string): Promise<void> {
  const known = new Set((await em.find(Huvudman, { id: { $in: huvudmanIds } })).map((h) => h.id));
  const unknown = huvudmanIds.find((id) => !known.has(id));
  if (unknown) throw badUserInput(`Huvudman "${unknown}" is not in the register.`, field);
}

export async function requireLansdelar(em: EntityManager, lansdelIds: string[]): Promise<void> {
  const lansdelar = new Set((await em.find(Lansdel, { id: { $in: lansdelIds } })).map((l) => l.id));
  const unknownLansdel = lansdelIds.find((id) => !lansdelar.has(id));
  if (unknownLansdel) throw badUserInput(`Unknown länsdel "${unknownLansdel}".`, 'lansdelIds');
}
