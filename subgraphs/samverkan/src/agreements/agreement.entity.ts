import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/** An agreement (överenskommelse) between huvudmän, with its validity and how it was adopted. */
export const Agreement = defineEntity({
  name: 'Agreement',
  tableName: 'agreement',
  properties: {
    id: p.string().primary(),
    name: p.string(),
    description: p.text(),
    /** One of AgreementStages: where the agreement stands according to the latest document. */
    stage: p.string(),
    stageBasis: p.text(),
    validFrom: p.string().nullable(),
    validTo: p.string().nullable(),
    legalBasis: p.string().nullable(),
    legalBasisInForceFrom: p.string().nullable(),
    /** Null where the documents do not say which decision adopted it: never guessed. */
    adoptedByDecisionId: p.string().nullable(),
    adoptedByBodyId: p.string().nullable(),
    /** True when the documents do not name the parties and they are taken to be all huvudmän. */
    partiesUnverified: p.boolean(),
    source: p.text(),
  },
});
export type Agreement = InferEntity<typeof Agreement>;

export const AgreementParty = defineEntity({
  name: 'AgreementParty',
  tableName: 'agreement_party',
  uniques: [{ properties: ['agreementId', 'huvudmanId'] }],
  properties: {
    id: p.integer().primary().autoincrement(),
    agreementId: p.string().index(),
    huvudmanId: p.string().index(),
  },
});
export type AgreementParty = InferEntity<typeof AgreementParty>;

/** An agenda item that handled the agreement. */
export const AgreementItem = defineEntity({
  name: 'AgreementItem',
  tableName: 'agreement_item',
  uniques: [{ properties: ['agreementId', 'agendaItemId'] }],
  properties: {
    id: p.integer().primary().autoincrement(),
    agreementId: p.string().index(),
    agendaItemId: p.integer().index(),
  },
});
export type AgreementItem = InferEntity<typeof AgreementItem>;
