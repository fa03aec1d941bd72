/**
 * The closed vocabularies of the governance records. Stored as plain strings (SQLite cannot round-trip
 * enum check constraints) and validated by the services against these lists; the GraphQL enums mirror them.
 */
export const BodyKinds = ['COUNCIL', 'MANAGEMENT_GROUP', 'NETWORK', 'LANSDEL_GROUP', 'WORKING_GROUP'] as const;
export type BodyKind = (typeof BodyKinds)[number];

export const BodyRelationKinds = ['SUPPORTS', 'ASSIGNS_TO', 'REPORTS_TO'] as const;
export type BodyRelationKind = (typeof BodyRelationKinds)[number];

export const MembershipRoles = ['MEMBER', 'DEPUTY', 'SECRETARY', 'SUPPORT'] as const;
export type MembershipRole = (typeof MembershipRoles)[number];

/** At a meeting, besides the members' roles, guests (föredragande) who present an item. */
export const AttendanceRoles = [...MembershipRoles, 'GUEST'] as const;
export type AttendanceRole = (typeof AttendanceRoles)[number];

export const MeetingStatuses = ['PLANNED', 'HELD'] as const;
export type MeetingStatus = (typeof MeetingStatuses)[number];

export const DecisionStatuses = ['PROPOSED', 'DECIDED', 'IN_PROGRESS', 'DONE', 'CANCELLED'] as const;
export type DecisionStatus = (typeof DecisionStatuses)[number];

/**
 * What a protocol records at the meeting itself: proposed, decided, or done there and then (e.g.
 * approving the agenda). Being carried out or cancelled comes later, with a note.
 */
export const RecordableDecisionStatuses: readonly DecisionStatus[] = ['PROPOSED', 'DECIDED', 'DONE'];

/** Still needing follow-up: what "open decisions" lists. */
export const OpenDecisionStatuses: readonly DecisionStatus[] = ['PROPOSED', 'DECIDED', 'IN_PROGRESS'];

/**
 * Where a decision may go next. DONE and CANCELLED are final: a finished or withdrawn decision is
 * reopened by a new decision, never by editing the old one.
 */
export const DecisionTransitions: Readonly<Record<DecisionStatus, readonly DecisionStatus[]>> = {
  PROPOSED: ['DECIDED', 'CANCELLED'],
  DECIDED: ['IN_PROGRESS', 'DONE', 'CANCELLED'],
  IN_PROGRESS: ['DONE', 'CANCELLED'],
  DONE: [],
  CANCELLED: [],
};
