import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

export const Lansdel = defineEntity({
  name: 'Lansdel',
  tableName: 'lansdel',
  properties: {
    id: p.string().primary(),
    name: p.string(),
    membershipUnverified: p.boolean(),
  },
});
export type Lansdel = InferEntity<typeof Lansdel>;
