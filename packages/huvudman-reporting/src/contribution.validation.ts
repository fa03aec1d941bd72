import { kommunCodes } from '@orebro/reference-data';
import { assertNoIdentityNumber, badUserInput } from '@orebro/subgraph-kit';
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

/** Every row is checked before anything is written: FTE, amounts and counts are non-negative and exact. */
export function checkContribution(input: ServiceContributionInput): void {
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(input.serviceId)) throw badUserInput(`Service id "${input.serviceId}" is not a co-owned service id.`, 'serviceId');
  const staff = input.staff ?? [];
  const costs = input.costs ?? [];
  const activity = input.activity ?? [];
  if (staff.length + costs.length + activity.length === 0) throw badUserInput('A contribution needs at least one staff, cost or activity row.', 'input');
  if (input.source.trim() === '') throw badUserInput('Every figure needs a source.', 'source');
  assertNoIdentityNumber(input.source, 'source');
  const staffKeys = new Set<string>();
  for (const s of staff) {
    if (s.role.trim() === '') throw badUserInput('A staff row needs a role.', 'staff.role');
    const key = `${staffRole(s.role)} ${s.startsOn}`;
    if (staffKeys.has(key)) throw badUserInput(`Role "${staffRole(s.role)}" from ${s.startsOn} is given twice.`, 'staff.role');
    staffKeys.add(key);
    assertNoIdentityNumber(s.role, 'staff.role');
    const hundredths = Math.round(s.fte * 100);
    if (!Number.isFinite(s.fte) || s.fte < 0 || Math.abs(hundredths - s.fte * 100) > 1e-6) {
      throw badUserInput(`FTE ${s.fte} must be non-negative with at most two decimals.`, 'staff.fte');
    }
    if (!isDate(s.startsOn)) throw badUserInput(`startsOn "${s.startsOn}" must be a date like 2024-01-01.`, 'staff.startsOn');
    if (s.endsOn != null && (!isDate(s.endsOn) || s.endsOn < s.startsOn)) throw badUserInput(`endsOn "${s.endsOn}" must be a date on or after startsOn.`, 'staff.endsOn');
  }
  const years = new Set<number>();
  for (const c of costs) {
    if (!Number.isInteger(c.year) || c.year < 2000 || c.year > 2100) throw badUserInput(`Year ${c.year} is out of range.`, 'costs.year');
    if (years.has(c.year)) throw badUserInput(`Year ${c.year} is given twice.`, 'costs.year');
    years.add(c.year);
    if (!Number.isSafeInteger(c.amountSek) || c.amountSek < 0) throw badUserInput('A cost is a non-negative whole number of kronor (SEK).', 'costs.amountSek');
  }
  for (const a of activity) {
    if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(a.month)) throw badUserInput(`Month "${a.month}" must look like 2024-03.`, 'activity.month');
    if (!(ActivityMeasures as readonly string[]).includes(a.measure)) throw badUserInput(`Unknown activity measure "${a.measure}".`, 'activity.measure');
    if (!kommunCodes.includes(a.patientHomeKommunCode)) {
      throw badUserInput(`"${a.patientHomeKommunCode}" is not a kommun code in Örebro län.`, 'activity.patientHomeKommunCode');
    }
    if (!Number.isInteger(a.count) || a.count < 0) throw badUserInput('A count is a non-negative whole number.', 'activity.count');
  }
}

function isDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}
