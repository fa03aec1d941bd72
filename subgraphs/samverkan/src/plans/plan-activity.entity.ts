import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

export const PlanActivityStatuses = ['PLANNED', 'IN_PROGRESS', 'DONE', 'CANCELLED'] as const;
export type PlanActivityStatus = (typeof PlanActivityStatuses)[number];

export const ResponsibilityKinds = ['JOINT', 'HUVUDMAN', 'BODY'] as const;
export type ResponsibilityKind = (typeof ResponsibilityKinds)[number];

/** An area (område) under which a färdplan groups its goals and activities, e.g. "Samordning och partnerskap". */
export const ActivityArea = defineEntity({
  name: 'ActivityArea',
  tableName: 'joint_plan_area',
  properties: {
    id: p.string().primary(),
    planId: p.string().index(),
    position: p.integer(),
    name: p.string(),
    heading: p.string().nullable(),
    note: p.text().nullable(),
  },
});
export type ActivityArea = InferEntity<typeof ActivityArea>;

/**
 * A plan activity (aktivitet) with the uppdragsdirektiv fields the färdplan demands; a field the plan
 * leaves open is null. `version` guards status changes against stale writes (optimistic locking).
 */
export const PlanActivity = defineEntity({
  name: 'PlanActivity',
  tableName: 'joint_plan_activity',
  properties: {
    id: p.string().primary(),
    planId: p.string().index(),
    areaId: p.string().nullable().index(),
    prerequisiteId: p.string().nullable().index(),
    goalIds: p.json<string[]>(),
    position: p.integer(),
    title: p.text(),
    status: p.string(),
    timeline: p.text().nullable(),
    assignment: p.text().nullable(),
    execution: p.text().nullable(),
    financing: p.text().nullable(),
    followUp: p.text().nullable(),
    handledIn: p.string().nullable(),
    responsibilityKind: p.string().index(),
    responsibleHuvudmanIds: p.json<string[]>(),
    responsibleBodyName: p.string().nullable(),
    responsibilityBasis: p.text().nullable(),
    /** Set by every follow-up, so that even a note without a status change moves the version on. */
    lastFollowUpAt: p.datetime().nullable(),
    version: p.integer().version(),
  },
});
export type PlanActivity = InferEntity<typeof PlanActivity>;

/** One follow-up of an activity: a status change (or none) with the secretariat's note. */
export const ActivityFollowUp = defineEntity({
  name: 'ActivityFollowUp',
  tableName: 'joint_plan_activity_follow_up',
  properties: {
    id: p.integer().primary().autoincrement(),
    activityId: p.string().index(),
    recordedAt: p.datetime(),
    fromStatus: p.string(),
    toStatus: p.string(),
    note: p.text(),
    recordedByHuvudmanId: p.string().nullable(),
  },
});
export type ActivityFollowUp = InferEntity<typeof ActivityFollowUp>;
