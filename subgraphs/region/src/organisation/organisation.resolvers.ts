import { notFound, type SubgraphResolvers } from '@orebro/subgraph-kit';
import { REGION_ID } from '@orebro/reference-data';
import type { Hospital, Narsjukvardsomrade, RegionProfile } from './region-organisation.entity';
import type { OrganisationLoaders } from './organisation.loaders';

export const organisationResolvers: SubgraphResolvers<OrganisationLoaders> = {
  Query: {
    region: async (_root, _args, { loaders }) => {
      const region = await loaders.profile.load(REGION_ID);
      if (!region) throw notFound('Region Örebro län');
      return region;
    },
  },
  Region: {
    __resolveReference: ({ id }: { id: string }, { loaders }) => loaders.profile.load(id),
    narsjukvardsomraden: (_r: RegionProfile, _args, { loaders }) => loaders.allAreas(),
    hospitals: (_r: RegionProfile, _args, { loaders }) => loaders.allHospitals(),
    primaryCare: (r: RegionProfile) => ({
      vardcentraler: r.vardcentraler,
      privateVardcentraler: r.privateVardcentraler,
      note: r.primaryCareNote,
      source: r.primaryCareSource,
    }),
  },
  Narsjukvardsomrade: {
    lansdelar: (a: Narsjukvardsomrade) => a.lansdelIds.map((id) => ({ id })),
  },
  Hospital: {
    narsjukvardsomrade: (h: Hospital, _args, { loaders }) => (h.narsjukvardsomradeId ? loaders.area.load(h.narsjukvardsomradeId) : null),
  },
};
