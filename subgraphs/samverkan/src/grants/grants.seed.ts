import type { EntityManager } from '@mikro-orm/core';
import { recordGrantDecision } from './grant-decision.service';
import { seededDecisions, seededPots, seededProgrammes } from './grants.seed-data';
import { saveGrantPot, saveGrantProgramme } from './grants.service';

/** Seeds programmes, pots and decisions through the same service functions as the mutations. */
export async function seedGrants(em: EntityManager): Promise<void> {
  for (const programme of seededProgrammes) await saveGrantProgramme(em, programme);
  for (const pot of seededPots) await saveGrantPot(em, pot);
  for (const decision of seededDecisions) await recordGrantDecision(em, decision);
}
