import { defineArea, type SubgraphResolvers } from '@orebro/subgraph-kit';
import { Agreement, AgreementItem, AgreementParty } from './agreement.entity';
import { createAgreementsLoaders, type AgreementsLoaders } from './agreements.loaders';
import { agreementsResolvers } from './agreements.resolvers';
import { seedAgreements } from './agreements.seed';

/** Agreements (överenskommelser) between the huvudmän: parties, validity, adoption. Seeded after governance. */
export const agreementsArea = defineArea<AgreementsLoaders>({
  name: 'agreements',
  entities: [Agreement, AgreementParty, AgreementItem],
  loaders: createAgreementsLoaders,
  // The resolvers also use the register's and governance's loaders, merged per request.
  resolvers: agreementsResolvers as SubgraphResolvers<AgreementsLoaders>,
  seed: seedAgreements,
});
