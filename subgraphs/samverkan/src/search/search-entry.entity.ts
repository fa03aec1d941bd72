import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/**
 * One searchable record (a decision, plan, goal, activity or agreement) with the text it is found by.
 * Derived from the record when it is written: the record stays the source of truth.
 */
export const SearchEntry = defineEntity({
  name: 'SearchEntry',
  tableName: 'search_entry',
  properties: {
    /** `<kind>:<record id>`, e.g. "DECISION:chefsgrupp-2021-05-28-b03". */
    id: p.string().primary(),
    /** One of SearchKinds. */
    kind: p.string().index(),
    recordId: p.string(),
    /** The record's name or heading, as written. */
    title: p.text(),
    /** The rest of its searchable text, as written; excerpts are cut from it. */
    body: p.text(),
  },
});
export type SearchEntry = InferEntity<typeof SearchEntry>;

/**
 * A stemmed term of an entry (see swedishTerms), once per entry and place. Looked up by range on the
 * indexed `term` column, so a query word also finds compounds it begins (utskrivning → utskrivningsklar).
 */
export const SearchTerm = defineEntity({
  name: 'SearchTerm',
  tableName: 'search_term',
  indexes: [{ properties: ['term', 'entryId'] }],
  properties: {
    id: p.integer().primary().autoincrement(),
    entryId: p.string().index(),
    term: p.string(),
    /** True for a term of the title, which weighs more in the ranking. */
    inTitle: p.boolean(),
  },
});
export type SearchTerm = InferEntity<typeof SearchTerm>;
