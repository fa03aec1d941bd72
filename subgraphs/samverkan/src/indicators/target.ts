import type { Direction } from './indicator-kinds';

/** What a target needs to be judged: its kind and bounds (an IndicatorTarget row fits). */
export interface TargetRule {
  kind: string;
  /** Numbers; a double column may come back from the driver as a numeric string. */
  min?: number | string | null;
  minInclusive: boolean;
  max?: number | string | null;
  maxInclusive: boolean;
}

/**
 * Whether a value meets its target: null when there is no target or no value to judge, and for an
 * IMPROVEMENT target also when the previous period has no value or the indicator has no better direction.
 */
export function meetsTarget(target: TargetRule | null, direction: Direction, value: number | null, previous: number | null): boolean | null {
  if (!target || value === null) return null;
  if (target.kind === 'IMPROVEMENT') {
    if (previous === null || direction === 'NEUTRAL') return null;
    return direction === 'HIGHER_IS_BETTER' ? value > previous : value < previous;
  }
  const min = target.min == null ? null : Number(target.min);
  const max = target.max == null ? null : Number(target.max);
  if (min !== null && (target.minInclusive ? value < min : value <= min)) return false;
  if (max !== null && (target.maxInclusive ? value > max : value >= max)) return false;
  return true;
}

/** The period a year before: "2024" → "2023", "2024-03" → "2023-03" ("jämfört med föregående år"). */
export function samePeriodPreviousYear(period: string): string {
  return `${Number(period.slice(0, 4)) - 1}${period.slice(4)}`;
}
