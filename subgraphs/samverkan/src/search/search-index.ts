import type { EntityManager } from '@mikro-orm/core';
import { distinctTerms } from './swedish-terms';
import { SearchEntry, SearchTerm } from './search-entry.entity';
import { documentOf, searchableRecords, type Searchable } from './searchable-records';

/** The entry and term rows of one record, not yet persisted. */
export function indexRows(em: EntityManager, searchable: Searchable, record: Record<string, unknown>): (SearchEntry | SearchTerm)[] {
  const { title, body } = documentOf(searchable, record);
  const recordId = String(record.id);
  const entryId = `${searchable.kind}:${recordId}`;
  const entry = em.create(SearchEntry, { id: entryId, kind: searchable.kind, recordId, title, body }, { persist: false });
  const titleTerms = distinctTerms(title);
  const bodyTerms = distinctTerms(body).filter((term) => !titleTerms.includes(term));
  const terms = [...titleTerms.map((term) => ({ term, inTitle: true })), ...bodyTerms.map((term) => ({ term, inTitle: false }))].map((t) =>
    em.create(SearchTerm, { entryId, ...t }, { persist: false }),
  );
  return [entry, ...terms];
}

/**
 * Builds the index anew from the records: the search area's seed, so a database that had records
 * before the search existed gets them indexed on its next start.
 */
export async function rebuildSearchIndex(em: EntityManager): Promise<number> {
  // Entries indexed earlier in this unit of work (e.g. by the seeds before this one) would shadow the
  // new rows of the same id: write what is pending, then start from an empty identity map.
  await em.flush();
  em.clear();
  await em.nativeDelete(SearchTerm, {});
  await em.nativeDelete(SearchEntry, {});
  let entries = 0;
  for (const searchable of searchableRecords) {
    const records = (await em.find(searchable.entity, {}, { orderBy: { id: 'asc' } })) as Record<string, unknown>[];
    for (const record of records) em.persist(indexRows(em, searchable, record));
    entries += records.length;
  }
  await em.flush();
  return entries;
}
