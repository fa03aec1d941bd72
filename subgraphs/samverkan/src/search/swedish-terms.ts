import { stemmer } from '@orama/stemmers/swedish';
import { stopwords } from '@orama/stopwords/swedish';

const STOPWORDS = new Set(stopwords);
/**
 * Letters (å, ä, ö and the rest), combining marks and digits; everything else separates words. Marks
 * belong to the word: after NFC they are only the ones with no composed letter, and they must not split it.
 */
export const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/**
 * Text in Unicode NFC: "a\u0308ldre" (a + combining diaeresis, as macOS file names and some editors and
 * PDF extractions write it) becomes "äldre". Every text the search compares goes through here first, the
 * query as well as what is indexed, so both spellings of one word are the same word.
 */
export function nfc(text: string): string {
  return text.normalize('NFC');
}

/**
 * The search terms of a Swedish text: its words lower-cased, without stop words (och, att, för ...),
 * reduced to their Snowball stem, so "utskrivningen", "utskrivningar" and "utskrivning" give the same
 * term; composed and decomposed spellings (NFC) give the same term too. Index and query go through this
 * one function, on every database alike.
 */
export function swedishTerms(text: string): string[] {
  const words = nfc(text).toLocaleLowerCase('sv-SE').match(WORD) ?? [];
  return words.filter((word) => !STOPWORDS.has(word)).map((word) => stemmer(word));
}

/** Each term once, in first-seen order. */
export function distinctTerms(text: string): string[] {
  return [...new Set(swedishTerms(text))];
}
