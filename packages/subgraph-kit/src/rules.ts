import { badUserInput } from './errors';

/**
 * The one-line input rules every subgraph applies to writes, written once with one wording: each throws
 * BAD_USER_INPUT naming the field, and the message says what is allowed and what was sent.
 */

/** Years a record may concern; a figure outside is a typing error (2204 for 2024), not a plan. */
export const YEARS = { from: 2000, to: 2100 } as const;

/**
 * Plausibility bound for one amount (whole SEK): above what any huvudman in the län spends in a year
 * (the region's whole budget is below 20 billion), far below where sums of many amounts lose precision
 * (2^53). An amount above it is a typing error, and would break every joint sum it enters.
 */
export const MAX_SEK = 50_000_000_000;

/** Plausibility bound for a count of people, visits or contacts (more than Sweden's population). */
export const MAX_COUNT = 20_000_000;

/**
 * Plausibility bound for an indicator value's magnitude, whatever its unit: above any count, rate or
 * amount in SEK a huvudman in the län reports (Kolada's largest are costs around 10^10 kr).
 */
export const MAX_INDICATOR_MAGNITUDE = 1e12;

/** `value` is a whole year within `range` (default YEARS). */
export function requireYear(value: number, field: string, range: { from: number; to: number } = YEARS): void {
  if (!Number.isInteger(value) || value < range.from || value > range.to) {
    throw badUserInput(`${field} must be a year from ${range.from} to ${range.to}, got ${value}.`, field);
  }
}

/** `value` is a non-negative whole number of kronor, at most MAX_SEK. */
export function requireSek(value: number, field: string): void {
  if (!Number.isSafeInteger(value) || value < 0 || value > MAX_SEK) {
    throw badUserInput(`${field} must be a non-negative whole number of kronor (SEK), at most ${group(MAX_SEK)}; got ${value}.`, field);
  }
}

/** `value` is a non-negative whole number, at most `max` (default MAX_COUNT). */
export function requireCount(value: number, field: string, max = MAX_COUNT): void {
  if (!Number.isSafeInteger(value) || value < 0 || value > max) {
    throw badUserInput(`${field} must be a non-negative whole number, at most ${group(max)}; got ${value}.`, field);
  }
}

/** Every figure says where it comes from. */
export function requireSource(value: string | null | undefined, field = 'source'): void {
  if (!value || value.trim() === '') throw badUserInput(`${field} must say where the figure comes from: every figure needs a source.`, field);
}

/** Text that must say something (not only spaces). */
export function requireText(value: string | null | undefined, field: string): void {
  if (!value || value.trim() === '') throw badUserInput(`${field} must not be empty.`, field);
}

/** `value` is one of `allowed`. */
export function requireOneOf<T extends string>(value: string, allowed: readonly T[], field: string): asserts value is T {
  if (!(allowed as readonly string[]).includes(value)) throw badUserInput(`${field} must be one of ${allowed.join(', ')}; got "${value}".`, field);
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** An id written as lower-case ASCII words joined by hyphens ("mobila-narsjukvardsteam-norr"). */
export function isSlug(value: string): boolean {
  return SLUG.test(value);
}

/** `value` is an id written as lower-case ASCII words joined by hyphens (isSlug). */
export function requireSlug(value: string, field: string): void {
  if (!isSlug(value)) throw badUserInput(`${field} must be lower-case ASCII words joined by hyphens (e.g. "mobil-narsjukvard"), got "${value}".`, field);
}

/** `id` is `<parentId>/<slug>` ("handlingsplan-2019-2022/delmal-3"): how a record names what it holds. */
export function requireChildSlug(id: string, parentId: string, field = 'id'): void {
  const slug = id.startsWith(`${parentId}/`) ? id.slice(parentId.length + 1) : null;
  if (slug === null || !isSlug(slug)) {
    throw badUserInput(`${field} must be "${parentId}/" followed by lower-case ASCII words joined by hyphens, got "${id}".`, field);
  }
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date written YYYY-MM-DD (2024-02-30 is not one). */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export function requireIsoDate(value: string, field: string): void {
  if (!isIsoDate(value)) throw badUserInput(`${field} must be a calendar date written YYYY-MM-DD, got "${value}".`, field);
}

/** A month written YYYY-MM. */
export function requireIsoMonth(value: string, field: string): void {
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(value)) throw badUserInput(`${field} must be a month written YYYY-MM, got "${value}".`, field);
}

/**
 * A follow-up state machine's rule, written once for every status a write may move (plan activities, the
 * nämnd's uppdrag, deviations, responses, risk analyses): `to` must be one of `transitions[from]`, or `from`
 * itself when `sameWith` names what a write without a change records (a note). Refused with BAD_USER_INPUT on
 * `field` naming what is allowed: every known status for an unknown one, else the moves from `from`; a status
 * with no way onwards is final.
 */
export function requireTransition<S extends string>(
  transitions: Readonly<Record<S, readonly S[]>>,
  from: S,
  to: S,
  what: string,
  options: { field?: string; sameWith?: string } = {},
): void {
  if (!(from in transitions)) throw new Error(`${what} is in status ${from}, which the transitions do not know.`);
  requireOneOf(to, Object.keys(transitions) as S[], options.field ?? 'status');
  if (to === from && options.sameWith) return;
  const allowed = transitions[from];
  if (allowed.includes(to)) return;
  const same = options.sameWith ? `, or ${from} with ${options.sameWith}` : '';
  throw badUserInput(
    `${what} cannot go from ${from} to ${to}; allowed: ${allowed.length ? allowed.join(', ') : 'none (final)'}${same}.`,
    options.field ?? 'status',
  );
}

/** 50000000000 → "50 000 000 000", as Swedish documents write amounts. */
function group(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
}
