import type { EntityManager } from '@mikro-orm/core';
import { badUserInput, requireOneOf, requireYear } from '@orebro/subgraph-kit';
import { Huvudman } from '../register/huvudman.entity';
import { GrantNationalPart, GrantPot, GrantProgramme, GrantRecipientGroups } from './grant.entity';
import { requireOptionalSek, requireGrantArea, requireGrantId, requireTexts, decidedFrom } from './grants.rules';

export interface GrantProgrammeInput {
  id: string;
  name: string;
  area: string;
  year: number;
  agreement?: string | null;
  nationalTotalSek?: number | null;
  distribution?: string | null;
  parts: { recipients: string; amountSek: number }[];
  source: string;
  isExample: boolean;
}

export interface GrantPotInput {
  id: string;
  programmeId: string;
  name: string;
  amountSek?: number | null;
  administeredById?: string | null;
  note?: string | null;
  source: string;
  isExample: boolean;
}

/** Creates or replaces a programme with its national parts; the parts may not exceed the total. */
export async function saveGrantProgramme(em: EntityManager, input: GrantProgrammeInput): Promise<GrantProgramme> {
  requireGrantId(input.id);
  requireGrantArea(input.area);
  requireYear(input.year, 'year');
  requireTexts(input, ['name', 'agreement', 'distribution', 'source']);
  requireOptionalSek(input.nationalTotalSek, 'nationalTotalSek');
  const seen = new Set<string>();
  for (const part of input.parts) {
    requireOneOf(part.recipients, GrantRecipientGroups, 'parts.recipients');
    if (seen.has(part.recipients)) throw badUserInput(`Recipient group ${part.recipients} is listed twice.`, 'parts');
    seen.add(part.recipients);
    requireOptionalSek(part.amountSek, 'parts');
  }
  const partsTotal = input.parts.reduce((sum, p) => sum + p.amountSek, 0);
  if (input.nationalTotalSek != null && partsTotal > input.nationalTotalSek) {
    throw badUserInput(`The parts add up to ${partsTotal} kr, more than the national total ${input.nationalTotalSek} kr.`, 'parts');
  }
  const { parts, ...fields } = input;
  const values = { ...fields, agreement: input.agreement ?? null, nationalTotalSek: input.nationalTotalSek ?? null, distribution: input.distribution ?? null };
  return em.transactional(async (tx) => {
    const existing = await tx.findOne(GrantProgramme, input.id);
    const programme = existing ? tx.assign(existing, values) : tx.create(GrantProgramme, values);
    await tx.nativeDelete(GrantNationalPart, { programmeId: input.id });
    for (const part of parts) tx.create(GrantNationalPart, { programmeId: input.id, ...part, source: input.source, isExample: input.isExample });
    await tx.flush();
    return programme;
  });
}

/** Creates or replaces a joint pot (länsgemensamma medel); it may not fall below what is already decided from it. */
export async function saveGrantPot(em: EntityManager, input: GrantPotInput): Promise<GrantPot> {
  requireGrantId(input.id);
  requireTexts(input, ['name', 'note', 'source']);
  requireOptionalSek(input.amountSek, 'amountSek');
  if (!(await em.findOne(GrantProgramme, input.programmeId))) throw badUserInput(`Unknown grant programme "${input.programmeId}".`, 'programmeId');
  if (input.administeredById && !(await em.findOne(Huvudman, input.administeredById))) {
    throw badUserInput(`Huvudman "${input.administeredById}" is not in the register.`, 'administeredById');
  }
  const decided = await decidedFrom(em, input.id);
  if (input.amountSek != null && decided > input.amountSek) throw badUserInput(`Decisions already use ${decided} kr of this pot.`, 'amountSek');
  const values = { ...input, amountSek: input.amountSek ?? null, administeredById: input.administeredById ?? null, note: input.note ?? null };
  const existing = await em.findOne(GrantPot, input.id);
  const pot = existing ? em.assign(existing, values) : em.create(GrantPot, values);
  await em.flush();
  return pot;
}
