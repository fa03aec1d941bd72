import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

export const HuvudmanKinds = ['REGION', 'MUNICIPALITY'] as const;
export type HuvudmanKind = (typeof HuvudmanKinds)[number];

/** A participant in the joint register. The lansdel is kept as its id: the register is flat by design. */
export const Huvudman = defineEntity({
  name: 'Huvudman',
  tableName: 'huvudman',
  properties: {
    id: p.string().primary(),
    name: p.string(),
    kind: p.enum([...HuvudmanKinds]),
    orgNumber: p.string().nullable(),
    lansdelId: p.string().nullable().index(),
  },
});
export type Huvudman = InferEntity<typeof Huvudman>;
