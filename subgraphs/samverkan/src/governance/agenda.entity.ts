import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/** An agenda item (ärende / paragraf) of a meeting; unnumbered headings inside an item are its sub-items. */
export const AgendaItem = defineEntity({
  name: 'AgendaItem',
  tableName: 'agenda_item',
  properties: {
    id: p.integer().primary().autoincrement(),
    meetingId: p.string().index(),
    parentId: p.integer().nullable().index(),
    /** The protocol's number ("6"); null for a sub-item, which the protocol does not number. */
    number: p.string().nullable(),
    position: p.integer(),
    /** At most 300 characters, as AddAgendaItemInput.title documents. */
    title: p.string().length(300),
    /** The protocol's text for the item, as written. */
    summary: p.text().nullable(),
    /** The protocol's decision sentence, e.g. "Chefsgruppen beslutar att godkänna förslaget till beslut." */
    decisionWording: p.text().nullable(),
    /** The body whose work the item reports, e.g. a LAG presenting its analysis. */
    reportingBodyId: p.string().nullable(),
  },
});
export type AgendaItem = InferEntity<typeof AgendaItem>;

/** Who presents an item (föredragande) and the huvudman they speak for. */
export const Presenter = defineEntity({
  name: 'Presenter',
  tableName: 'agenda_item_presenter',
  properties: {
    id: p.integer().primary().autoincrement(),
    itemId: p.integer().index(),
    personId: p.string(),
    huvudmanId: p.string(),
    position: p.integer(),
  },
});
export type Presenter = InferEntity<typeof Presenter>;

/** A proposal (förslag till beslut): one "att"-clause, as written. */
export const Proposal = defineEntity({
  name: 'Proposal',
  tableName: 'proposal',
  properties: {
    id: p.integer().primary().autoincrement(),
    itemId: p.integer().index(),
    position: p.integer(),
    text: p.text(),
  },
});
export type Proposal = InferEntity<typeof Proposal>;

/** A question or view raised under an item (frågor/synpunkter), as written. */
export const ItemQuestion = defineEntity({
  name: 'ItemQuestion',
  tableName: 'agenda_item_question',
  properties: {
    id: p.integer().primary().autoincrement(),
    itemId: p.integer().index(),
    position: p.integer(),
    text: p.text(),
  },
});
export type ItemQuestion = InferEntity<typeof ItemQuestion>;
