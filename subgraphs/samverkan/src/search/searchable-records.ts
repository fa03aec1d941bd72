import type { EntitySchema } from '@mikro-orm/core';
import { Agreement } from '../agreements/agreement.entity';
import { Decision } from '../governance/decision.entity';
import { JointPlan, JointPlanGoal } from '../plans/joint-plan.entity';
import { PlanActivity } from '../plans/plan-activity.entity';
import { nfc } from './swedish-terms';

export const SearchKinds = ['DECISION', 'PLAN', 'PLAN_GOAL', 'PLAN_ACTIVITY', 'AGREEMENT'] as const;
export type SearchKind = (typeof SearchKinds)[number];

/** A kind of record the search finds: the property that is its heading, and those that are its text. */
export interface Searchable {
  kind: SearchKind;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- schemas of any entity type
  entity: EntitySchema<any, any>;
  title: string;
  body: readonly string[];
}

/** The records the search finds, and the text each is found by (a test checks the properties exist). */
export const searchableRecords: readonly Searchable[] = [
  { kind: 'DECISION', entity: Decision, title: 'text', body: ['ownerDescription', 'timeframe', 'condition', 'addition'] },
  { kind: 'PLAN', entity: JointPlan, title: 'name', body: ['summary', 'followUp'] },
  { kind: 'PLAN_GOAL', entity: JointPlanGoal, title: 'title', body: ['description'] },
  {
    kind: 'PLAN_ACTIVITY',
    entity: PlanActivity,
    title: 'title',
    body: ['timeline', 'assignment', 'execution', 'financing', 'followUp', 'handledIn', 'responsibleBodyName', 'responsibilityBasis'],
  },
  { kind: 'AGREEMENT', entity: Agreement, title: 'name', body: ['description', 'stageBasis', 'legalBasis'] },
];

export function searchableOf(entityName: string): Searchable | undefined {
  return searchableRecords.find((s) => s.entity.meta.className === entityName);
}

/** The heading and the rest of the text, as written but in NFC; paragraphs kept apart for excerpts. */
export function documentOf(searchable: Searchable, record: Record<string, unknown>): { title: string; body: string } {
  const body = searchable.body.map((field) => record[field]).filter((text): text is string => typeof text === 'string' && text.trim() !== '');
  return { title: nfc(String(record[searchable.title])), body: nfc(body.join('\n\n')) };
}
