import { badUserInput } from './errors';

/**
 * Personnummer and samordningsnummer (day + 60), with or without century and separator, checked with
 * the Luhn digit so ordinary numbers (dates, amounts, dnr) pass. Runs on `compatibilityForm(text)`, where
 * every dash is "-" and every space is " ", so the separator may be "-", "+", " ", " - " or nothing.
 */
const IDENTITY_NUMBER = /(?<!\d)(?:19|20)?(\d{2})(\d{2})(\d{2}) ?[-+]? ?(\d{4})(?!\d)/g;

/** Every dash-like character: Unicode dash punctuation, the minus sign and the small/fullwidth hyphen-minus. */
const DASHES = /[\p{Pd}\u2212\u2043\uFE63\uFF0D]/gu;
/** Every space-like character (no-break, thin, ideographic, tabs, line breaks). */
const SPACES = /[\p{Zs}\t\n\r\v\f\u2028\u2029]+/gu;
/** Invisible format characters (zero-width space and joiners, soft hyphen, direction marks). */
const INVISIBLE = /\p{Cf}/gu;

/**
 * The form a personal identity number is looked for in: Unicode compatibility composition (NFKC, so
 * fullwidth digits are digits), invisible characters removed, every dash "-" and every run of spaces
 * one " ". Never stored: text is stored in NFC (see `storedForm`).
 */
export function compatibilityForm(text: string): string {
  return text.normalize('NFKC').replace(INVISIBLE, '').replace(DASHES, '-').replace(SPACES, ' ');
}

/** The form text is stored in: Unicode NFC, so the same words are always the same characters. */
export function storedForm(text: string): string {
  return text.normalize('NFC');
}

/** The first personnummer or samordningsnummer in the text (as found in its compatibility form), or undefined. */
export function findIdentityNumber(text: string): string | undefined {
  for (const match of compatibilityForm(text).matchAll(IDENTITY_NUMBER)) {
    const [, yy, mm, dd, last4] = match;
    const month = Number(mm);
    const day = Number(dd) > 60 ? Number(dd) - 60 : Number(dd);
    if (month < 1 || month > 12 || day < 1 || day > 31) continue;
    if (luhnValid(`${yy}${mm}${dd}${last4}`)) return match[0];
  }
  return undefined;
}

/**
 * Joint records are read by many; a personal identity number in free text is refused, with the field
 * named. Every text argument of every write passes here (see `guardTextInputs`); call it directly only
 * for text that does not come from a GraphQL argument (a file's rows, a seed).
 */
export function requireNoIdentityNumber(text: string | null | undefined, field: string): void {
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
