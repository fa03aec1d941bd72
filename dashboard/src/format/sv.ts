/**
 * Swedish formatting, written once: every number and date the app shows goes through here (Intl with
 * sv-SE: "308 375" with a no-break space as thousands separator, "12,5", "28 maj 2021").
 */
const integer = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 2 });
const percent = new Intl.NumberFormat('sv-SE', { style: 'percent', maximumFractionDigits: 1 });
const longDate = new Intl.DateTimeFormat('sv-SE', { dateStyle: 'long', timeZone: 'UTC' });

export const formatInteger = (value: number): string => integer.format(value);
export const formatNumber = (value: number): string => decimal.format(value);
/** A share 0–1 as "12,5 %". */
export const formatPercent = (share: number): string => percent.format(share);

/** An ISO date ("2021-05-28") as "28 maj 2021"; read as a calendar day, never shifted by time zone. */
export function formatDate(iso: string): string {
  const day = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(day.getTime()) ? iso : longDate.format(day);
}

/** Days as "1 dag" / "96 dagar". */
export const formatDays = (days: number): string => `${formatInteger(days)} ${Math.abs(days) === 1 ? 'dag' : 'dagar'}`;

/** A number with exactly `decimals` decimals, "2,0" beside "7,5": a column of shares reads alike. */
export const formatFixed = (value: number, decimals: number): string =>
  new Intl.NumberFormat('sv-SE', { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(value);

/** The same for a CSV cell: decimal comma, no thousands separator ("2,0", "7,5"). */
export const csvFixed = (value: number, decimals: number): string => value.toFixed(decimals).replace('.', ',');

/** Number for a CSV cell that Swedish Excel reads as a number: decimal comma, no thousands separator. */
export const csvNumber = (value: number): string => String(value).replace('.', ',');

/** An amount in kronor as "14 500 000 kr". */
export const formatSek = (amount: number): string => `${formatInteger(amount)} kr`;
