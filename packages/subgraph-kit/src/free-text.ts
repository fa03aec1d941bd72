import { badUserInput } from './errors';

/**
 * Personnummer and samordningsnummer (day + 60), with or without century and separator, checked with
 * the Luhn digit so ordinary numbers (dates, amounts, dnr) pass.
 */
const IDENTITY_NUMBER = /(?<!\d)(?:19|20)?(\d{2})(\d{2})(\d{2})[-+ ]?(\d{4})(?!\d)/g;

export function findIdentityNumber(text: string): string | undefined {
  for (const match of text.matchAll(IDENTITY_NUMBER)) {
    const [, yy, mm, dd, last4] = match;
    const month = Number(mm);
    const day = Number(dd) > 60 ? Number(dd) - 60 : Number(dd);
    if (month < 1 || month > 12 || day < 1 || day > 31) continue;
    if (luhnValid(`${yy}${mm}${dd}${last4}`)) return match[0];
  }
  return undefined;
}

/** Joint records are read by many; a personal identity number in free text is refused, with the field named. */
export function assertNoIdentityNumber(text: string | null | undefined, field: string): void {
  if (text && findIdentityNumber(text)) {
    throw badUserInput(
      `${field} contains what looks like a personnummer or samordningsnummer; joint records must not identify a person. Remove it and try again.`,
      field,
    );
  }
}

function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[i]) * (i % 2 === 0 ? 2 : 1);
    if (d > 9) d -= 9;
    sum += d;
  }
  return sum % 10 === 0;
}
