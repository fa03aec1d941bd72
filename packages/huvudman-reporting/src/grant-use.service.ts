import type { EntityManager } from '@mikro-orm/core';
import { assertNoIdentityNumber, badUserInput } from '@orebro/subgraph-kit';
import { GrantUse } from './grant-use.entity';

export interface GrantUseInput {
  programmeId: string;
  year: number;
  purpose: string;
  amountSek: number;
  serviceId?: string | null;
  source: string;
  isExample: boolean;
}

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * Records one use of the owner's grant allocation. The programme and service are the samverkan
 * subgraph's: only their id format is checked here, the graph joins them.
 */
export async function reportGrantUse(em: EntityManager, owner: string, input: GrantUseInput): Promise<GrantUse> {
  if (!ID.test(input.programmeId)) throw badUserInput(`"${input.programmeId}" is not a grant programme id.`, 'programmeId');
  if (input.serviceId != null && !ID.test(input.serviceId)) throw badUserInput(`"${input.serviceId}" is not a co-owned service id.`, 'serviceId');
  if (!Number.isInteger(input.year) || input.year < 2000 || input.year > 2100) throw badUserInput(`Year ${input.year} is out of range.`, 'year');
  if (!Number.isSafeInteger(input.amountSek) || input.amountSek < 0) throw badUserInput('An amount is a non-negative whole number of kronor (SEK).', 'amountSek');
  if (input.purpose.trim() === '') throw badUserInput('Say what the money was used for.', 'purpose');
  if (input.source.trim() === '') throw badUserInput('Every figure needs a source.', 'source');
  assertNoIdentityNumber(input.purpose, 'purpose');
  assertNoIdentityNumber(input.source, 'source');
  const use = em.create(GrantUse, { ...input, huvudmanId: owner, serviceId: input.serviceId ?? null });
  await em.flush();
  return use;
}
