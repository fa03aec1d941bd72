/** The closed vocabularies of the follow-up model; the GraphQL enums carry the same names. */
export const Units = ['COUNT', 'RATE_PER_1000', 'RATE_PER_100000', 'SHARE_PERCENT', 'DAYS', 'INDEX', 'AMOUNT_SEK'] as const;
export type Unit = (typeof Units)[number];

/** NEUTRAL: a context figure (population) or one where either way can be good news. */
export const Directions = ['HIGHER_IS_BETTER', 'LOWER_IS_BETTER', 'NEUTRAL'] as const;
export type Direction = (typeof Directions)[number];

/** Who reports a value: every kommun, every huvudman, the region for itself, or the region for the whole län. */
export const Levels = ['KOMMUN', 'HUVUDMAN', 'REGION', 'LAN'] as const;
export type Level = (typeof Levels)[number];

export const PeriodTypes = ['YEAR', 'MONTH'] as const;
export type PeriodType = (typeof PeriodTypes)[number];

export const Aggregations = ['SUM', 'POPULATION_WEIGHTED_MEAN', 'NONE'] as const;
export type Aggregation = (typeof Aggregations)[number];

/** LEVEL: a value inside bounds. IMPROVEMENT: better than the previous period ("ska öka jämfört med föregående år"). */
export const TargetKinds = ['LEVEL', 'IMPROVEMENT'] as const;
export type TargetKind = (typeof TargetKinds)[number];

export const Genders = ['T', 'K', 'M'] as const;
export type Gender = (typeof Genders)[number];

/** Units whose values add up across huvudmän. */
export const ADDITIVE_UNITS: readonly Unit[] = ['COUNT', 'AMOUNT_SEK'];
/** Units that are ratios over a population: they combine as population-weighted means. */
export const RATIO_UNITS: readonly Unit[] = ['RATE_PER_1000', 'RATE_PER_100000', 'SHARE_PERCENT'];

export const PERIOD_PATTERN: Record<PeriodType, RegExp> = { YEAR: /^\d{4}$/, MONTH: /^\d{4}-(0[1-9]|1[0-2])$/ };
