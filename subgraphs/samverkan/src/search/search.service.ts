import type { EntityManager } from '@mikro-orm/core';
import { badUserInput, groupRows } from '@orebro/subgraph-kit';
import { SearchEntry, SearchTerm } from './search-entry.entity';
import { SearchKinds, type SearchKind } from './searchable-records';
import { distinctTerms, nfc, swedishTerms, WORD } from './swedish-terms';

export const MAX_SEARCH_TEXT = 200;
export const MAX_SEARCH_WORDS = 8;
export const MAX_SEARCH_LIMIT = 100;

export interface SearchOptions {
  kinds?: readonly SearchKind[] | null;
  limit?: number | null;
}

export interface SearchHit {
  entry: SearchEntry;
  score: number;
  /** The record's own words that matched, as written (for highlighting). */
  matchedWords: string[];
  excerpt: string | null;
}

/** Weights: a word of the heading counts more than one of the text, a whole word more than a compound it begins. */
const WEIGHT = { titleExact: 4, titlePrefix: 3, bodyExact: 2, bodyPrefix: 1 } as const;

/**
 * Finds the records that contain every searched word in some inflection (Swedish stemming) or as the
 * start of a compound, best first. Two queries whatever the number of hits: the matching terms, then
 * their entries. The same code on PostgreSQL and on the embedded database.
 */
export async function searchRecords(em: EntityManager, text: string, options: SearchOptions = {}): Promise<SearchHit[]> {
  const limit = options.limit ?? 20;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_SEARCH_LIMIT) throw badUserInput(`limit must be 1–${MAX_SEARCH_LIMIT}, got ${limit}.`, 'limit');
  if (nfc(text).length > MAX_SEARCH_TEXT) throw badUserInput(`The search text may be at most ${MAX_SEARCH_TEXT} characters.`, 'text');
  const wanted = distinctTerms(text);
  if (wanted.length === 0) throw badUserInput(`"${nfc(text)}" has no word to search for (only stop words such as "och" or "att", or no letters).`, 'text');
  if (wanted.length > MAX_SEARCH_WORDS) throw badUserInput(`Search for at most ${MAX_SEARCH_WORDS} words at a time.`, 'text');
  const kinds = options.kinds?.length ? options.kinds : SearchKinds;

  // Terms only hold letters and digits, so a query term needs no escaping in LIKE.
  const rows = await em.find(SearchTerm, { $or: wanted.map((term) => ({ term: { $like: `${term}%` } })) });
  const scores = new Map<string, number>();
  for (const [entryId, terms] of groupRows(rows, (row) => row.entryId)) {
    if (!kinds.some((kind) => entryId.startsWith(`${kind}:`))) continue;
    const score = scoreEntry(wanted, terms);
    if (score !== null) scores.set(entryId, score);
  }
  const best = [...scores].sort(([a, x], [b, y]) => y - x || a.localeCompare(b)).slice(0, limit);
  const entries = best.length === 0 ? [] : await em.find(SearchEntry, { id: { $in: best.map(([id]) => id) } });
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  return best.map(([id, score]) => {
    const entry = byId.get(id)!;
    const matchedWords = wordsMatching(`${entry.title}\n\n${entry.body}`, wanted);
    return { entry, score, matchedWords, excerpt: excerptOf(entry.body, matchedWords) };
  });
}

/** The entry's score, or null when a searched word is missing from it. */
function scoreEntry(wanted: string[], terms: SearchTerm[]): number | null {
  let score = 0;
  for (const query of wanted) {
    const weights = terms
      .filter((t) => t.term.startsWith(query))
      .map((t) => (t.inTitle ? (t.term === query ? WEIGHT.titleExact : WEIGHT.titlePrefix) : t.term === query ? WEIGHT.bodyExact : WEIGHT.bodyPrefix));
    if (weights.length === 0) return null;
    score += Math.max(...weights);
  }
  return score;
}

/** The distinct words of a text, as written, whose term begins with a searched term. */
function wordsMatching(text: string, wanted: string[]): string[] {
  const words = nfc(text).match(WORD) ?? [];
  const matching = words.filter((word) => {
    const [term] = swedishTerms(word);
    return term !== undefined && wanted.some((query) => term.startsWith(query));
  });
  return [...new Set(matching)];
}

const EXCERPT = 200;

/** About 200 characters of the text around the first matched word; the opening when only the heading matched. */
function excerptOf(body: string, matchedWords: string[]): string | null {
  const flat = nfc(body).replace(/\s+/g, ' ').trim();
  if (flat === '') return null;
  const at = Math.min(
    ...matchedWords.map((word) => flat.search(new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])${word}(?![\\p{L}\\p{M}\\p{N}])`, 'u'))).filter((i) => i >= 0),
    Infinity,
  );
  const start = at === Infinity ? 0 : Math.max(0, flat.lastIndexOf(' ', Math.max(0, at - EXCERPT / 3)) + 1);
  const end = Math.min(flat.length, start + EXCERPT);
  const cut = flat.slice(start, end).trim();
  return `${start > 0 ? '…' : ''}${cut}${end < flat.length ? '…' : ''}`;
}
