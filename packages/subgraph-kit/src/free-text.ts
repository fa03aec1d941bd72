import { badUserInput } from './errors';

/**
 * A personnummer or samordningsnummer (day + 60) is 10 digits (YYMMDD + four, "+" between them for
 * someone over 100) or 12 (with century 19 or 20), checked with the Luhn digit so ordinary numbers
 * (dates, amounts, dnr) pass. People write it in many ways, so it is looked for as digits of any script
 * (Arabic-Indic, Devanagari, fullwidth …) joined by any run of separators anywhere: spaces of every kind,
 * every dash and minus, dots, slashes, "+" and invisible characters ("1912 1212 1212", "12-12-12-1212").
 */
const SEPARATOR = /[\p{Zs}\p{Pd}\p{Cf}\s\u2212\u2043\uFE63\uFF0D./\u2044\u2215+\u00B7\u2024\u2027]/u;
/** A separator run holding whitespace ("2026-12-01 – 2027-01-15") divides two numbers written next to each other. */
const LOOSE = /[\p{Zs}\s]/u;
const DIGIT = /\p{Nd}/u;
/** Invisible format characters (zero-width space and joiners, soft hyphen, direction marks). */
const INVISIBLE = /\p{Cf}/gu;
/** Every dash-like character: Unicode dash punctuation, the minus sign and the small/fullwidth hyphen-minus. */
const DASHES = /[\p{Pd}\u2212\u2043\uFE63\uFF0D]/gu;
/** Every space-like character (no-break, thin, ideographic, tabs, line breaks). */
const SPACES = /[\p{Zs}\t\n\r\v\f\u2028\u2029]+/gu;

/**
 * The form a personal identity number is looked for in: Unicode compatibility composition (NFKC, so
 * fullwidth digits are digits), every decimal digit of any script as its ASCII digit, invisible
 * characters removed, every dash "-" and every run of spaces one " ". Never stored: text is stored in
 * NFC (see `storedForm`).
 */
export function compatibilityForm(text: string): string {
  return asciiDigits(text.normalize('NFKC')).replace(INVISIBLE, '').replace(DASHES, '-').replace(SPACES, ' ');
}

/** The form text is stored in: Unicode NFC, so the same words are always the same characters. */
export function storedForm(text: string): string {
  return text.normalize('NFC');
}

/** The first personnummer or samordningsnummer in the text (as written in its compatibility form), or undefined. */
export function findIdentityNumber(text: string): string | undefined {
  for (const run of digitRuns(compatibilityForm(text))) {
    for (let first = 0; first < run.length; first++) {
      if (first > 0 && !LOOSE.test(run[first].before)) continue;
      let digits = '';
      for (let last = first; last < run.length && digits.length < 12; last++) {
        digits += run[last].digits;
        const endsHere = last === run.length - 1 || LOOSE.test(run[last + 1].before);
        if (!endsHere || (digits.length !== 10 && digits.length !== 12)) continue;
        const groups = run.slice(first, last + 1);
        if (isThousandsGrouped(groups)) continue;
        if (isIdentityNumber(digits)) return groups.map((g, i) => (i === 0 ? '' : g.before) + g.digits).join('');
      }
    }
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

/** A group of consecutive digits and the separators written before it. */
interface DigitGroup {
  before: string;
  digits: string;
}

/** Maximal stretches of digit groups joined by separators; anything else (a letter, a comma) ends one. */
function digitRuns(text: string): DigitGroup[][] {
  const runs: DigitGroup[][] = [];
  let run: DigitGroup[] = [];
  let separators = '';
  let group: DigitGroup | undefined;
  for (const char of text) {
    if (char >= '0' && char <= '9') {
      if (!group) run.push((group = { before: separators, digits: '' }));
      group.digits += char;
      separators = '';
    } else if (SEPARATOR.test(char) && run.length > 0) {
      group = undefined;
      separators += char;
    } else {
      if (run.length > 0) runs.push(run);
      run = [];
      group = undefined;
      separators = '';
    }
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

/** "1 234 567 890" (or "1.234.567.890") is an amount in thousands; no one writes a personnummer in threes. */
function isThousandsGrouped(groups: DigitGroup[]): boolean {
  return groups.length > 1 && groups[0].digits.length <= 3 && groups.slice(1).every((g) => g.digits.length === 3 && (g.before === ' ' || g.before === '.'));
}

function isIdentityNumber(digits: string): boolean {
  if (digits.length === 12 && !/^(19|20)/.test(digits)) return false;
  const tenDigits = digits.slice(-10);
  const month = Number(tenDigits.slice(2, 4));
  const dayOfMonth = Number(tenDigits.slice(4, 6));
  const day = dayOfMonth > 60 ? dayOfMonth - 60 : dayOfMonth;
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  return luhnValid(tenDigits);
}

/**
 * Every decimal digit (Unicode category Nd) as its ASCII digit. Unicode encodes decimal digits in
 * contiguous runs of ten from 0 to 9 (a stability guarantee), so a digit's value is its distance from
 * the start of its run, modulo ten. Hand-written: no maintained library maps digits of every script.
 */
function asciiDigits(text: string): string {
  let out = '';
  for (const char of text) {
    if (char >= '0' && char <= '9') out += char;
    else if (DIGIT.test(char)) out += String(digitValue(char.codePointAt(0)!));
    else out += char;
  }
  return out;
}

function digitValue(codePoint: number): number {
  let start = codePoint;
  while (DIGIT.test(String.fromCodePoint(start - 1))) start--;
  return (codePoint - start) % 10;
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
