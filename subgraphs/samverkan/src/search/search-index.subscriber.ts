import { ChangeSetType, type EventSubscriber, type FlushEventArgs } from '@mikro-orm/core';
import { indexRows } from './search-index';
import { searchableOf } from './searchable-records';

/**
 * Indexes every searchable record in the same flush, and so the same transaction, that creates it:
 * a record is findable as soon as it is stored, and a write that fails leaves no index rows behind.
 * Searchable text is written once today (decisions, plans, goals, activities and agreements change
 * status, not wording); a write that changes it is refused here rather than leaving the index stale.
 */
export class SearchIndexSubscriber implements EventSubscriber {
  async onFlush({ em, uow }: FlushEventArgs): Promise<void> {
    for (const changeSet of uow.getChangeSets()) {
      const searchable = searchableOf(changeSet.meta.className);
      if (!searchable) continue;
      if (changeSet.type === ChangeSetType.CREATE) {
        for (const row of indexRows(em, searchable, changeSet.entity as Record<string, unknown>)) {
          em.persist(row);
          uow.computeChangeSet(row);
        }
      } else {
        const indexed = [searchable.title, ...searchable.body];
        const touched = changeSet.type === ChangeSetType.DELETE ? ['(deleted)'] : Object.keys(changeSet.payload).filter((field) => indexed.includes(field));
        if (touched.length > 0) {
          throw new Error(
            `${changeSet.meta.className} ${String(changeSet.entity.id)}: changing its searchable text (${touched.join(', ')}) would leave the search index stale; re-index it in search-index.subscriber.ts.`,
          );
        }
      }
    }
  }
}
