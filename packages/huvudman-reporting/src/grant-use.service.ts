import type { EntityManager } from '@mikro-orm/core';
import { requireNoIdentityNumber, badUserInput, requireSek, requireSource, requireText, requireYear, writeOnce } from '@orebro/subgraph-kit';
import { GrantUse } from './grant-use.entity';

export interface GrantUseInput {
  programmeId: string;
  year: number;
  purpose: string;
  amountSek: number;
  serviceId?: string | null;
  source: string;
  isExample: boolean;
  /** Makes a repeat of this report (after a timeout) answer the first one instead of adding a copy. */
  idempotencyKey?: string | null;
}

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * Records one use of the owner's grant allocation. The programme and service are the samverkan
 * subgraph's: only their id format is checked here, the graph joins them.
 */
export async function reportGrantUse(em: EntityManager, owner: string, { idempotencyKey, ...input }: GrantUseInput): Promise<GrantUse> {
  if (!ID.test(input.programmeId)) throw badUserInput(`"${input.programmeId}" is not a grant programme id.`, 'programmeId');
  if (input.serviceId != null && !ID.test(input.serviceId)) throw badUserInput(`"${input.serviceId}" is not a co-owned service id.`, 'serviceId');
  requireYear(input.year, 'year');
  requireSek(input.amountSek, 'amountSek');
  requireText(input.purpose, 'purpose');
  requireSource(input.source);
  requireNoIdentityNumber(input.purpose, 'purpose');
  requireNoIdentityNumber(input.source, 'source');
  // Each report adds a row, so a retried report would count the money twice: the key makes it once.
  return writeOnce(em, {
    operation: 'reportGrantUse',
    key: idempotencyKey,
    input: { owner, ...input },
    write: async (tx) => {
      const use = tx.create(GrantUse, { ...input, huvudmanId: owner, serviceId: input.serviceId ?? null });
      await tx.flush();
      return use;
    },
    idOf: (use) => use.id,
    load: (fork, id) => fork.findOneOrFail(GrantUse, Number(id)),
  });
}
