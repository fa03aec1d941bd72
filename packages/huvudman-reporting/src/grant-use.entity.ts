import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { sourcedRecord } from '@orebro/subgraph-kit';

/** What the huvudman used of its allocation from a state grant programme, for what, in whole SEK. */
export const GrantUse = defineEntity({
  name: 'GrantUse',
  tableName: 'grant_use',
  properties: {
    id: p.integer().primary().autoincrement(),
    programmeId: p.string().index(),
    huvudmanId: p.string(),
    year: p.integer(),
    purpose: p.text(),
    amountSek: p.bigint('number'),
    serviceId: p.string().nullable(),
    ...sourcedRecord(),
  },
});
export type GrantUse = InferEntity<typeof GrantUse>;
