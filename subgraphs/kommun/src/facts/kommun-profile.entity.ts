import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/** The kommun's own record of itself; an instance holds exactly one. */
export const KommunProfile = defineEntity({
  name: 'KommunProfile',
  tableName: 'kommun_profile',
  properties: {
    code: p.string().primary(),
    name: p.string(),
  },
});
export type KommunProfile = InferEntity<typeof KommunProfile>;
