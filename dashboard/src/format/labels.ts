/** Swedish names of the graph's enum values, written once. */
export const decisionStatusLabel: Record<string, string> = {
  PROPOSED: 'Föreslaget',
  DECIDED: 'Beslutat',
  IN_PROGRESS: 'Pågår',
  DONE: 'Klart',
  CANCELLED: 'Avbrutet',
};

/** The statuses still to be done (as Body.openDecisions defines them). */
export const OPEN_DECISION_STATUSES = ['PROPOSED', 'DECIDED', 'IN_PROGRESS'] as const;

/** Allowed moves of a decision's status (as changeDecisionStatus enforces them). */
export const decisionStatusMoves: Record<string, string[]> = {
  PROPOSED: ['DECIDED', 'CANCELLED'],
  DECIDED: ['IN_PROGRESS', 'DONE', 'CANCELLED'],
  IN_PROGRESS: ['DONE', 'CANCELLED'],
  DONE: [],
  CANCELLED: [],
};

export const attendanceRoleLabel: Record<string, string> = {
  MEMBER: 'Ledamot',
  DEPUTY: 'Ersättare',
  SECRETARY: 'Sekreterare',
  SUPPORT: 'Stöd',
  GUEST: 'Gäst',
};

export const meetingStatusLabel: Record<string, string> = { PLANNED: 'Planerat', HELD: 'Genomfört' };

/** Who owns a decision, in one line: the person, their huvudman or body, or the protocol's own words. */
export function ownerText(owner: {
  ownerPerson?: { name: string } | null;
  ownerHuvudman?: { name: string } | null;
  ownerBody?: { shortName: string } | null;
  ownerDescription?: string | null;
}): string {
  const parts = [owner.ownerPerson?.name, owner.ownerHuvudman?.name, owner.ownerBody?.shortName].filter(Boolean) as string[];
  const main = parts.length > 0 ? parts.join(', ') : '';
  const description = owner.ownerDescription;
  // The protocol's words often already name the owner ("Region Örebro län (kommer stå som arbetsgivare)").
  if (description && !description.startsWith(main)) return main ? `${main} (${description})` : description;
  if (description) return description;
  return main || 'Ingen angiven';
}

export const activityStatusLabel: Record<string, string> = {
  PLANNED: 'Planerad',
  IN_PROGRESS: 'Pågår',
  DONE: 'Klar',
  CANCELLED: 'Avbruten',
};

/** Allowed moves of a plan activity's status (as updatePlanActivityStatus enforces them). */
export const activityStatusMoves: Record<string, string[]> = {
  PLANNED: ['IN_PROGRESS', 'DONE', 'CANCELLED'],
  IN_PROGRESS: ['DONE', 'CANCELLED'],
  DONE: [],
  CANCELLED: [],
};
