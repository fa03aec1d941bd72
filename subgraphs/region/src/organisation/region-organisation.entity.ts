import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/** The region's own record of itself (one row): name, organisation number, primary-care counts. */
export const RegionProfile = defineEntity({
  name: 'RegionProfile',
  tableName: 'region_profile',
  properties: {
    id: p.string().primary(),
    name: p.string(),
    orgNumber: p.string().nullable(),
    vardcentraler: p.integer(),
    privateVardcentraler: p.integer(),
    primaryCareNote: p.string().nullable(),
    primaryCareSource: p.string(),
  },
});
export type RegionProfile = InferEntity<typeof RegionProfile>;

export const Narsjukvardsomrade = defineEntity({
  name: 'Narsjukvardsomrade',
  tableName: 'narsjukvardsomrade',
  properties: {
    id: p.string().primary(),
    name: p.string(),
    /** Länsdel ids, kept as a list: the länsdel register belongs to the samverkan subgraph. */
    lansdelIds: p.json<string[]>(),
    source: p.string(),
  },
});
export type Narsjukvardsomrade = InferEntity<typeof Narsjukvardsomrade>;

export const Hospital = defineEntity({
  name: 'Hospital',
  tableName: 'hospital',
  properties: {
    id: p.integer().primary().autoincrement(),
    name: p.string().unique(),
    shortName: p.string().nullable(),
    approxBeds: p.integer().nullable(),
    narsjukvardsomradeId: p.string().nullable(),
    source: p.string(),
  },
});
export type Hospital = InferEntity<typeof Hospital>;
