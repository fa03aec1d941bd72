import type { GraphQLError } from 'graphql';
import {
  MAX_SEK,
  requireChildSlug,
  requireCount,
  requireIsoDate,
  requireIsoMonth,
  requireOneOf,
  requireSek,
  requireSlug,
  requireSource,
  requireText,
  requireTransition,
  requireYear,
} from './rules';

const refusal = (fn: () => void): { message: string; field: unknown; code: unknown } | undefined => {
  try {
    fn();
  } catch (error) {
    const e = error as GraphQLError;
    return { message: e.message, field: e.extensions.field, code: e.extensions.code };
  }
  return undefined;
};

describe('the shared one-line rules', () => {
  it.each([
    ['a year out of range', () => requireYear(2204, 'year'), 'year must be a year from 2000 to 2100, got 2204.'],
    ['a fractional year', () => requireYear(2024.5, 'costs.year'), 'costs.year must be a year from 2000 to 2100, got 2024.5.'],
    ['a year before a custom range', () => requireYear(1967, 'year', { from: 1968, to: 2100 }), 'year must be a year from 1968 to 2100, got 1967.'],
    ['a negative amount', () => requireSek(-1, 'amountSek'), 'amountSek must be a non-negative whole number of kronor (SEK), at most 50 000 000 000; got -1.'],
    [
      'an implausible amount (2^53 − 1)',
      () => requireSek(9007199254740991, 'costs.amountSek'),
      'costs.amountSek must be a non-negative whole number of kronor (SEK), at most 50 000 000 000; got 9007199254740991.',
    ],
    ['an amount just over the bound', () => requireSek(MAX_SEK + 1, 'amountSek'), /at most 50 000 000 000; got 50000000001\./],
    ['a fractional count', () => requireCount(1.5, 'count'), 'count must be a non-negative whole number, at most 20 000 000; got 1.5.'],
    ['a count over the bound', () => requireCount(20_000_001, 'value'), /value must be a non-negative whole number, at most 20 000 000/],
    ['a blank source', () => requireSource('  '), 'source must say where the figure comes from: every figure needs a source.'],
    ['a blank text', () => requireText(' ', 'purpose'), 'purpose must not be empty.'],
    ['a value not allowed', () => requireOneOf('X', ['A', 'B'], 'kind'), 'kind must be one of A, B; got "X".'],
    ['a date that does not exist', () => requireIsoDate('2024-02-30', 'date'), 'date must be a calendar date written YYYY-MM-DD, got "2024-02-30".'],
    ['a month in another format', () => requireIsoMonth('2024-3', 'activity.month'), 'activity.month must be a month written YYYY-MM, got "2024-3".'],
    [
      'an id with capitals',
      () => requireSlug('Mobil-Vard', 'id'),
      'id must be lower-case ASCII words joined by hyphens (e.g. "mobil-narsjukvard"), got "Mobil-Vard".',
    ],
    ['an id with a trailing hyphen', () => requireSlug('tullhuset-', 'serviceId'), /serviceId must be lower-case ASCII words/],
    [
      'a child id outside its parent',
      () => requireChildSlug('fardplan-2023/aktivitet-1', 'handlingsplan-2019-2022'),
      'id must be "handlingsplan-2019-2022/" followed by lower-case ASCII words joined by hyphens, got "fardplan-2023/aktivitet-1".',
    ],
    ['a child id with no slug', () => requireChildSlug('handlingsplan-2019-2022/', 'handlingsplan-2019-2022'), /followed by lower-case ASCII words/],
  ])('refuses %s with BAD_USER_INPUT naming the field', (_label, act, message) => {
    const refused = refusal(act as () => void);
    expect(refused?.code).toBe('BAD_USER_INPUT');
    expect(refused?.message).toMatch(message);
    expect(refused?.message.startsWith(String(refused?.field))).toBe(true);
  });

  it.each([
    ['the bounds themselves', () => (requireYear(2000, 'y'), requireYear(2100, 'y'), requireSek(0, 'a'), requireSek(MAX_SEK, 'a'), requireCount(0, 'c'))],
    [
      'a leap day, a month, an allowed value, a source',
      () => (requireIsoDate('2024-02-29', 'd'), requireIsoMonth('2024-12', 'm'), requireOneOf('A', ['A'], 'k'), requireSource('SCB')),
    ],
    [
      'an id and a child id',
      () => (requireSlug('mobil-narsjukvard-2024', 'id'), requireChildSlug('handlingsplan-2019-2022/delmal-3', 'handlingsplan-2019-2022')),
    ],
  ])('accepts %s', (_label, act) => {
    expect(refusal(act as () => void)).toBeUndefined();
  });
});

describe('requireTransition: one follow-up state machine rule for every status a write moves', () => {
  const TRANSITIONS = { OPEN: ['DONE', 'CANCELLED'], DONE: [], CANCELLED: [] } as const satisfies Record<string, readonly string[]>;
  type S = keyof typeof TRANSITIONS;
  const move = (from: S, to: string, sameWith?: string) => () => requireTransition<S>(TRANSITIONS, from, to as S, 'A case', { sameWith });

  it('allows a listed transition, and staying put only where a write without a change records something', () => {
    expect(refusal(move('OPEN', 'DONE'))).toBeUndefined();
    expect(refusal(move('OPEN', 'OPEN', 'a note'))).toBeUndefined();
    expect(refusal(move('OPEN', 'OPEN'))?.message).toBe('A case cannot go from OPEN to OPEN; allowed: DONE, CANCELLED.');
  });

  it('refuses with BAD_USER_INPUT on status, naming what is allowed or that the status is final', () => {
    expect(refusal(move('DONE', 'OPEN'))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'status',
      message: 'A case cannot go from DONE to OPEN; allowed: none (final).',
    });
    expect(refusal(move('OPEN', 'LOST'))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'status',
      message: 'status must be one of OPEN, DONE, CANCELLED; got "LOST".',
    });
  });
});
