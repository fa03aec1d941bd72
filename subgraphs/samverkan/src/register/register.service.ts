import type { EntityManager } from '@mikro-orm/core';
import { badUserInput, requireOneOf } from '@orebro/subgraph-kit';
import { Huvudman, HuvudmanKinds, type HuvudmanKind } from './huvudman.entity';
import { Lansdel } from './lansdel.entity';

export interface LansdelInput {
  id: string;
  name: string;
  membershipUnverified: boolean;
}

export interface HuvudmanInput {
  id: string;
  name: string;
  kind: HuvudmanKind;
  orgNumber: string | null;
  lansdelId: string | null;
}

/** Writes to the participant register; the seed goes through here like any other write. */
export async function registerLansdel(em: EntityManager, input: LansdelInput): Promise<Lansdel> {
  if (!/^[a-z]+$/.test(input.id)) throw badUserInput(`Länsdel id "${input.id}" must be lower-case ASCII letters.`, 'id');
  const lansdel = em.create(Lansdel, input);
  await em.flush();
  return lansdel;
}

export async function registerHuvudman(em: EntityManager, input: HuvudmanInput): Promise<Huvudman> {
  requireOneOf(input.kind, HuvudmanKinds, 'kind');
  if (input.kind === 'MUNICIPALITY' && !/^18\d\d$/.test(input.id)) {
    throw badUserInput(`A kommun's id must be its four-digit SCB code in Örebro län (18xx), got "${input.id}".`, 'id');
  }
  if (input.orgNumber !== null && !/^\d{6}-\d{4}$/.test(input.orgNumber)) {
    throw badUserInput(`Organisationsnummer "${input.orgNumber}" must look like 212000-1967.`, 'orgNumber');
  }
  if (input.lansdelId !== null && !(await em.findOne(Lansdel, input.lansdelId))) {
    throw badUserInput(`Unknown länsdel "${input.lansdelId}".`, 'lansdelId');
  }
  const huvudman = em.create(Huvudman, input);
  await em.flush();
  return huvudman;
}
