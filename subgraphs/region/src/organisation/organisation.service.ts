import type { EntityManager, RequiredEntityData } from '@mikro-orm/core';
import { badUserInput } from '@orebro/subgraph-kit';
import { Hospital, Narsjukvardsomrade, RegionProfile } from './region-organisation.entity';

/** Writes to the region's own organisation register; the seed uses these like any other writer. */
export async function saveRegionProfile(em: EntityManager, input: RequiredEntityData<RegionProfile>): Promise<RegionProfile> {
  if (input.vardcentraler < 0 || input.privateVardcentraler < 0 || input.privateVardcentraler > input.vardcentraler) {
    throw badUserInput('Vårdcentral counts must be non-negative, with no more private than in all.', 'vardcentraler');
  }
  const profile = em.create(RegionProfile, input);
  await em.flush();
  return profile;
}

export async function saveNarsjukvardsomrade(em: EntityManager, input: RequiredEntityData<Narsjukvardsomrade>): Promise<Narsjukvardsomrade> {
  if (input.lansdelIds.length === 0) throw badUserInput(`Närsjukvårdsområde "${input.name}" must cover at least one länsdel.`, 'lansdelIds');
  const area = em.create(Narsjukvardsomrade, input);
  await em.flush();
  return area;
}

export async function saveHospital(em: EntityManager, input: RequiredEntityData<Hospital>): Promise<Hospital> {
  if (input.approxBeds != null && input.approxBeds < 0) throw badUserInput('Beds must be non-negative.', 'approxBeds');
  if (input.narsjukvardsomradeId && !(await em.findOne(Narsjukvardsomrade, input.narsjukvardsomradeId))) {
    throw badUserInput(`Unknown närsjukvårdsområde "${input.narsjukvardsomradeId}".`, 'narsjukvardsomradeId');
  }
  const hospital = em.create(Hospital, input);
  await em.flush();
  return hospital;
}
