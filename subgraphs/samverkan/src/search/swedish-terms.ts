import { stemmer } from '@orama/stemmers/swedish';
import { stopwords } from '@orama/stopwords/swedish';

const STOPWORDS = new Set(stopwords);
/** Letters (å, ä, ö and the rest) and digits; everything else separates words. */
const WORD = /[\p{L}\p{N}]+/gu;

/**
 * The search terms of a Swedish text: its words lower-cased, without stop words (och, att, för ...),
 * reduced to their Snowball stem, so "utskrivningen", "utskrivningar" and "utskrivning" give the same
 * term. Index and query go through this one function, on every database alike.
 */
export function swedishTerms(text: string): string[] {
  const words = text.toLocaleLowerCase('sv-SE').match(WORD) ?? [];
  return words.filter((word) => !STOPWORDS.has(word)).map((word) => stemmer(word));
}

/** Each term once, in first-seen order. */
export function distinctTerms(text: string): string[] {
  return [...new Set(swedishTerms(text))];
}
