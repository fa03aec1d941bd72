import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/** A person named in the governance records (an official or politician), with the huvudman they work for. */
export const Person = defineEntity({
  name: 'Person',
  tableName: 'person',
  properties: {
    id: p.string().primary(),
    name: p.string(),
    huvudmanId: p.string().index(),
  },
});
export type Person = InferEntity<typeof Person>;

/**
 * A seat in a body for a huvudman: held by a named person where the documents name one, or by the
 * huvudman as such (a council of all huvudmän) where they do not.
 */
export const Membership = defineEntity({
  name: 'Membership',
  tableName: 'membership',
  properties: {
    id: p.integer().primary().autoincrement(),
    bodyId: p.string().index(),
    huvudmanId: p.string().index(),
    personId: p.string().nullable().index(),
    /** One of MembershipRoles. */
    role: p.string(),
    /** The part of the huvudman the seat represents, as written, e.g. "Närsjukvårdsområde väster". */
    representing: p.string().nullable(),
    deputyForPersonId: p.string().nullable(),
    periodFrom: p.string().nullable(),
    periodTo: p.string().nullable(),
    periodNote: p.text().nullable(),
    source: p.text(),
  },
});
export type Membership = InferEntity<typeof Membership>;
