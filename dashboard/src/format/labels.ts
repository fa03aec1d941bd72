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

/** The nämnd's uppdrag (BoardAssignmentStatus). */
export const assignmentStatusLabel: Record<string, string> = {
  ASSIGNED: 'Givet',
  IN_PROGRESS: 'Pågår',
  DONE: 'Klart',
  CANCELLED: 'Avbrutet',
};

export const responsibilityKindLabel: Record<string, string> = {
  JOINT: 'Länsgemensam',
  HUVUDMAN: 'Huvudman',
  BODY: 'Organ',
};

/** An indicator value's report status; "saknas" only where the huvudman's system did not answer. */
export const reportStatusLabel: Record<string, string> = {
  REPORTED: 'Rapporterat',
  NOT_REPORTED: 'Inte rapporterat',
  HUVUDMAN_UNAVAILABLE: 'Systemet svarar inte',
  NOT_APPLICABLE: 'Gäller inte huvudmannen',
};

export const gapReasonLabel: Record<string, string> = {
  NOT_REPORTED: 'inte rapporterat',
  HUVUDMAN_UNAVAILABLE: 'systemet svarar inte',
  NO_VALUE: 'inget värde',
  NO_POPULATION_WEIGHT: 'folkmängd saknas för vägning',
};

export const aggregationLabel: Record<string, string> = {
  SUM: 'Summa',
  POPULATION_WEIGHTED_MEAN: 'Befolkningsvägt medelvärde',
  NONE: 'Räknas inte samman',
};

export const directionLabel: Record<string, string> = {
  HIGHER_IS_BETTER: 'Högre är bättre',
  LOWER_IS_BETTER: 'Lägre är bättre',
  NEUTRAL: 'Varken högre eller lägre är bättre',
};

/** Whether a value meets its target, in text and sign (never colour alone). */
export function metText(met: boolean | null | undefined): string {
  if (met === true) return '✓ Uppnått';
  if (met === false) return '✗ Inte uppnått';
  return '– Inget mål att jämföra med';
}

export const serviceKindLabel: Record<string, string> = {
  MOBILE_CARE_TEAM: 'Mobilt team',
  DISCHARGE_TEAM: 'Hemtagningsteam',
  INTERMEDIATE_CARE: 'Mellanvård',
  NUTRITION_SUPPORT: 'Nutritionsstöd',
  FAMILY_CENTRE: 'Familjecentral',
  FIRST_LINE_CHILD_YOUTH: 'Första linjen för barn och unga',
  HOME_REHABILITATION: 'Hemrehabilitering',
};

export const serviceFormLabel: Record<string, string> = { PROJECT: 'Projekt', PILOT: 'Pilot', PERMANENT: 'Permanent verksamhet' };

export const recipientGroupLabel: Record<string, string> = {
  REGIONS: 'Regionerna',
  KOMMUNER: 'Kommunerna',
  JOINT: 'Gemensamt',
  SKR: 'SKR',
};

export const grantAreaLabel: Record<string, string> = {
  NARA_VARD: 'Nära vård',
  PSYKISK_HALSA: 'Psykisk hälsa',
  SUICIDPREVENTION: 'Suicidprevention',
};

export const agreementStageLabel: Record<string, string> = {
  IN_PREPARATION: 'Under framtagande',
  IN_FORCE: 'Gäller',
  UNDER_REVIEW: 'Under översyn',
  ENDED: 'Upphört',
};

export const membershipRoleLabel: Record<string, string> = {
  MEMBER: 'Ledamot',
  DEPUTY: 'Ersättare',
  SECRETARY: 'Sekreterare',
  SUPPORT: 'Stöd',
};

export const bodyKindLabel: Record<string, string> = {
  COUNCIL: 'Politiskt råd',
  MANAGEMENT_GROUP: 'Chefsgrupp',
  NETWORK: 'Nätverk',
  LANSDEL_GROUP: 'Länsdelsgrupp',
  WORKING_GROUP: 'Arbetsgrupp',
};

export const searchKindLabel: Record<string, string> = {
  DECISION: 'Beslut',
  PLAN: 'Plan',
  PLAN_GOAL: 'Mål i plan',
  PLAN_ACTIVITY: 'Aktivitet i plan',
  AGREEMENT: 'Överenskommelse',
};

/** Allowed moves of a plan activity's status (as updatePlanActivityStatus enforces them). */
export const activityStatusMoves: Record<string, string[]> = {
  PLANNED: ['IN_PROGRESS', 'DONE', 'CANCELLED'],
  IN_PROGRESS: ['DONE', 'CANCELLED'],
  DONE: [],
  CANCELLED: [],
};

/** How serious a deviation in samverkan is (DeviationSeverity). */
export const deviationSeverityLabel: Record<string, string> = {
  LOW: 'Låg',
  MODERATE: 'Måttlig',
  HIGH: 'Hög',
  SEVERE: 'Allvarlig',
};

/** Where a joint risk analysis stands (JointRiskAnalysisStatus). */
export const riskAnalysisStatusLabel: Record<string, string> = {
  DRAFT: 'Utkast',
  ADOPTED: 'Fastställd',
  FOLLOWED_UP: 'Uppföljd',
  CANCELLED: 'Avbruten',
};
