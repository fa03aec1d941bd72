import { defineArea } from '@orebro/subgraph-kit';
import { createOrganisationLoaders } from './organisation.loaders';
import { organisationResolvers } from './organisation.resolvers';
import { seedOrganisation } from './organisation.seed';
import { Hospital, Narsjukvardsomrade, RegionProfile } from './region-organisation.entity';

/** Region Örebro län's own organisation: närsjukvårdsområden, hospitals, primary care. */
export const organisationArea = defineArea({
  name: 'organisation',
  entities: [RegionProfile, Narsjukvardsomrade, Hospital],
  loaders: createOrganisationLoaders,
  resolvers: organisationResolvers,
  seed: seedOrganisation,
});
