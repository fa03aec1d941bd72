import type { EntityManager } from '@mikro-orm/core';
import { batchLoader, groupLoader } from '@orebro/subgraph-kit';
import { Agreement, AgreementItem, AgreementParty } from './agreement.entity';

/** One SQL query per entity type and access path per request. */
export function createAgreementsLoaders(em: EntityManager) {
  return {
    agreement: batchLoader<string, Agreement>(
      (ids) => em.find(Agreement, { id: { $in: [...ids] } }),
      (a) => a.id,
    ),
    partiesByAgreement: groupLoader<string, AgreementParty>(
      (ids) => em.find(AgreementParty, { agreementId: { $in: [...ids] } }, { orderBy: { huvudmanId: 'asc' } }),
      (p) => p.agreementId,
    ),
    partiesByHuvudman: groupLoader<string, AgreementParty>(
      (ids) => em.find(AgreementParty, { huvudmanId: { $in: [...ids] } }, { orderBy: { agreementId: 'asc' } }),
      (p) => p.huvudmanId,
    ),
    itemsByAgreement: groupLoader<string, AgreementItem>(
      (ids) => em.find(AgreementItem, { agreementId: { $in: [...ids] } }, { orderBy: { id: 'asc' } }),
      (i) => i.agreementId,
    ),
    agreementsAdoptedBy: groupLoader<string, Agreement>(
      (ids) => em.find(Agreement, { adoptedByDecisionId: { $in: [...ids] } }),
      (a) => a.adoptedByDecisionId!,
    ),
  };
}
export type AgreementsLoaders = ReturnType<typeof createAgreementsLoaders>;
