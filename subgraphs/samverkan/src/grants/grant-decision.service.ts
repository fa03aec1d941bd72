import type { EntityManager } from '@mikro-orm/core';
import { badUserInput } from '@orebro/subgraph-kit';
import { CoOwnedService } from '../co-owned-services/co-owned-service.entity';
import { isPartialDate } from '../shared/partial-date';
import { GrantDecision, GrantPot, GrantProgramme } from './grant.entity';
import { requireOptionalSek, requireGrantArea, requireGrantId, requireTexts, decidedFrom } from './grants.rules';

export interface GrantDecisionInput {
  id: string;
  title: string;
  area: string;
  programmeId?: string | null;
  potId?: string | null;
  serviceId?: string | null;
  amountSek?: number | null;
  decidedOn: string;
  decidedBy: string;
  reference?: string | null;
  condition?: string | null;
  source: string;
  isExample: boolean;
}

/** Records a decision on the use of grant money: programme, pot and service must exist and agree. */
export async function recordGrantDecision(em: EntityManager, input: GrantDecisionInput): Promise<GrantDecision> {
  requireGrantId(input.id);
  requireGrantArea(input.area);
  requireTexts(input, ['title', 'decidedBy', 'reference', 'condition', 'source']);
  requireOptionalSek(input.amountSek, 'amountSek');
  if (!isPartialDate(input.decidedOn)) throw badUserInput(`decidedOn "${input.decidedOn}" must be a date like 2020-10 or 2021-05-28.`, 'decidedOn');
  if (await em.findOne(GrantDecision, input.id)) throw badUserInput(`A decision with id "${input.id}" is already recorded.`, 'id');
  const pot = input.potId ? await em.findOne(GrantPot, input.potId) : null;
  if (input.potId && !pot) throw badUserInput(`Unknown grant pot "${input.potId}".`, 'potId');
  const programmeId = input.programmeId ?? pot?.programmeId ?? null;
  if (pot && pot.programmeId !== programmeId) throw badUserInput(`Pot "${pot.id}" belongs to programme "${pot.programmeId}", not "${programmeId}".`, 'potId');
  const programme = programmeId ? await em.findOne(GrantProgramme, programmeId) : null;
  if (programmeId && !programme) throw badUserInput(`Unknown grant programme "${programmeId}".`, 'programmeId');
  if (programme && programme.area !== input.area) throw badUserInput(`Programme "${programme.id}" is in area ${programme.area}, not ${input.area}.`, 'area');
  if (input.serviceId && !(await em.findOne(CoOwnedService, input.serviceId)))
    throw badUserInput(`Unknown co-owned service "${input.serviceId}".`, 'serviceId');
  if (pot?.amountSek != null && input.amountSek != null) {
    const decided = await decidedFrom(em, pot.id);
    if (decided + input.amountSek > pot.amountSek) {
      throw badUserInput(`The pot holds ${pot.amountSek} kr and ${decided} kr is already decided; ${input.amountSek} kr does not fit.`, 'amountSek');
    }
  }
  const decision = em.create(GrantDecision, {
    ...input,
    programmeId,
    potId: input.potId ?? null,
    serviceId: input.serviceId ?? null,
    amountSek: input.amountSek ?? null,
    reference: input.reference ?? null,
    condition: input.condition ?? null,
  });
  await em.flush();
  return decision;
}
