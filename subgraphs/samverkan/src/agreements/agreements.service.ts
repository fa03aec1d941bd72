import type { EntityManager } from '@mikro-orm/core';
import { requireNoIdentityNumber, badUserInput, requireIsoDate, requireText } from '@orebro/subgraph-kit';
import { AgendaItem } from '../governance/agenda.entity';
import { requireBody, requireHuvudman } from '../governance/bodies.service';

import { Decision } from '../governance/decision.entity';
import { isOneOf } from '../shared/allowed-values';
import { Agreement, AgreementItem, AgreementParty } from './agreement.entity';

export const AgreementStages = ['IN_PREPARATION', 'IN_FORCE', 'UNDER_REVIEW', 'ENDED'] as const;
export type AgreementStage = (typeof AgreementStages)[number];

export interface AgreementInput {
  id: string;
  name: string;
  description: string;
  stage: AgreementStage;
  stageBasis: string;
  validFrom: string | null;
  validTo: string | null;
  legalBasis: string | null;
  legalBasisInForceFrom: string | null;
  adoptedByDecisionId: string | null;
  /** The adopting body where the documents name it; taken from the decision when one is given. */
  adoptedByBodyId?: string | null;
  partiesUnverified: boolean;
  partyIds: string[];
  agendaItemIds: number[];
  source: string;
}

/** Registers an agreement with its parties; the adopting body is the body of the adopting decision. */
export async function registerAgreement(em: EntityManager, input: AgreementInput): Promise<Agreement> {
  if (!/^[a-z0-9-]+$/.test(input.id)) throw badUserInput(`Agreement id "${input.id}" must be lower-case ASCII letters, digits and dashes.`, 'id');
  if (await em.findOne(Agreement, input.id)) throw badUserInput(`An agreement with id "${input.id}" already exists.`, 'id');
  requireText(input.name, 'name');
  if (!isOneOf(AgreementStages, input.stage)) throw badUserInput(`Unknown agreement stage "${input.stage}".`, 'stage');
  for (const field of ['validFrom', 'validTo', 'legalBasisInForceFrom'] as const) {
    const date = input[field];
    if (date) requireIsoDate(date, field);
  }
  if (input.validFrom && input.validTo && input.validTo < input.validFrom) throw badUserInput('validTo is before validFrom.', 'validTo');
  if (input.stage === 'IN_FORCE' && !input.validFrom && !input.stageBasis) throw badUserInput('An agreement in force needs validFrom or a basis.', 'stage');
  for (const field of ['description', 'stageBasis'] as const) requireNoIdentityNumber(input[field], field);
  if (input.partyIds.length < 2) throw badUserInput('An agreement needs at least two parties.', 'partyIds');
  if (new Set(input.partyIds).size !== input.partyIds.length) throw badUserInput('A party is listed twice.', 'partyIds');
  for (const id of input.partyIds) await requireHuvudman(em, id, 'partyIds');
  let adoptedByBodyId = input.adoptedByBodyId ?? null;
  if (adoptedByBodyId) await requireBody(em, adoptedByBodyId, 'adoptedByBodyId');
  if (input.adoptedByDecisionId) {
    const decision = await em.findOne(Decision, input.adoptedByDecisionId);
    if (!decision) throw badUserInput(`Unknown decision "${input.adoptedByDecisionId}".`, 'adoptedByDecisionId');
    if (adoptedByBodyId && adoptedByBodyId !== decision.bodyId) throw badUserInput("The adopting decision is another body's.", 'adoptedByBodyId');
    adoptedByBodyId = decision.bodyId;
  }
  for (const itemId of input.agendaItemIds) {
    if (!(await em.findOne(AgendaItem, itemId))) throw badUserInput(`Unknown agenda item ${itemId}.`, 'agendaItemIds');
  }
  const { partyIds, agendaItemIds, ...fields } = input;
  const agreement = em.create(Agreement, { ...fields, adoptedByBodyId });
  partyIds.forEach((huvudmanId) => em.create(AgreementParty, { agreementId: input.id, huvudmanId }));
  agendaItemIds.forEach((agendaItemId) => em.create(AgreementItem, { agreementId: input.id, agendaItemId }));
  await em.flush();
  return agreement;
}
