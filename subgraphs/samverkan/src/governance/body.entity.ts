import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/** A joint body (samverkansorgan): a council, the Chefsgrupp, KCRD, a länsdelsgrupp, a local working group. */
export const Body = defineEntity({
  name: 'Body',
  tableName: 'body',
  properties: {
    id: p.string().primary(),
    name: p.string(),
    shortName: p.string(),
    /** One of BodyKinds. */
    kind: p.string(),
    /** True for a political body, false for officials; null where the documents do not say. */
    political: p.boolean().nullable(),
    description: p.text(),
    lansdelId: p.string().nullable().index(),
    source: p.text(),
  },
});
export type Body = InferEntity<typeof Body>;

/** How two bodies relate (supports, assigns to, reports to), with the words of the document that says so. */
export const BodyRelation = defineEntity({
  name: 'BodyRelation',
  tableName: 'body_relation',
  uniques: [{ properties: ['fromBodyId', 'kind', 'toBodyId'] }],
  properties: {
    id: p.integer().primary().autoincrement(),
    fromBodyId: p.string().index(),
    /** One of BodyRelationKinds. */
    kind: p.string(),
    toBodyId: p.string().index(),
    basis: p.text(),
    source: p.text(),
  },
});
export type BodyRelation = InferEntity<typeof BodyRelation>;
