import { kommunCodes } from '@orebro/reference-data';
import {
  requireNoIdentityNumber,
  badUserInput,
  requireCount,
  requireIsoDate,
  requireIsoMonth,
  requireOneOf,
  requireSek,
  requireSource,
  requireText,
  requireYear,
} from '@orebro/subgraph-kit';
import { ActivityMeasures } from './contribution.entity';

export interface ServiceContributionInput {
  serviceId: string;
  staff?: { role: string; fte: number; startsOn: string; endsOn?: string | null }[] | null;
  costs?: { year: number; amountSek: number }[] | null;
  activity?: { month: string; measure: string; patientHomeKommunCode: string; count: number }[] | null;
  source: string;
  isExample: boolean;
}

/**
 * A staff row's role as it is stored and matched: trimmed, in NFC. The role is part of the row's key
 * (role and start date), so "Sjuksköterska" typed with a decomposed ö must replace the stored row, not
 * add a second one beside it.
 */
export function staffRole(role: string): string {
  return role.trim().normalize('NFC');
}

/** Plausibility bound for one staff row: more full-time equivalents than any huvudman in the län employs. */
const MAX_FTE = 10_000;

/** Every row is checked before anything is written: FTE, amounts and counts are non-negative and exact. */
export function requireContribution(input: ServiceContributionInput): void {
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(input.serviceId)) throw badUserInput(`Service id "${input.serviceId}" is not a co-owned service id.`, 'serviceId');
  const staff = input.staff ?? [];
  const costs = input.costs ?? [];
  const activity = input.activity ?? [];
  if (staff.length + costs.length + activity.length === 0) throw badUserInput('A contribution needs at least one staff, cost or activity row.', 'input');
  requireSource(input.source);
  requireNoIdentityNumber(input.source, 'source');
  const staffKeys = new Set<string>();
  for (const s of staff) {
    requireText(s.role, 'staff.role');
    const key = `${staffRole(s.role)} ${s.startsOn}`;
    if (staffKeys.has(key)) throw badUserInput(`Role "${staffRole(s.role)}" from ${s.startsOn} is given twice.`, 'staff.role');
    staffKeys.add(key);
    requireNoIdentityNumber(s.role, 'staff.role');
    const hundredths = Math.round(s.fte * 100);
    if (!Number.isFinite(s.fte) || s.fte < 0 || s.fte > MAX_FTE || Math.abs(hundredths - s.fte * 100) > 1e-6) {
      throw badUserInput(`staff.fte must be non-negative, at most ${MAX_FTE}, with at most two decimals; got ${s.fte}.`, 'staff.fte');
    }
    requireIsoDate(s.startsOn, 'staff.startsOn');
    if (s.endsOn != null) requireIsoDate(s.endsOn, 'staff.endsOn');
    if (s.endsOn != null && s.endsOn < s.startsOn) throw badUserInput(`staff.endsOn ${s.endsOn} must be on or after startsOn (${s.startsOn}).`, 'staff.endsOn');
  }
  const years = new Set<number>();
  for (const c of costs) {
    requireYear(c.year, 'costs.year');
    if (years.has(c.year)) throw badUserInput(`Year ${c.year} is given twice.`, 'costs.year');
    years.add(c.year);
    requireSek(c.amountSek, 'costs.amountSek');
  }
  for (const a of activity) {
    requireIsoMonth(a.month, 'activity.month');
    requireOneOf(a.measure, ActivityMeasures, 'activity.measure');
    if (!kommunCodes.includes(a.patientHomeKommunCode)) {
      throw badUserInput(`"${a.patientHomeKommunCode}" is not a kommun code in Örebro län.`, 'activity.patientHomeKommunCode');
    }
    requireCount(a.count, 'activity.count');
  }
}
