import { aggregate, type AggregateMember } from './aggregate';
import { meetsTarget, samePeriodPreviousYear } from './target';

const member = (
  huvudman: string,
  value: number | null,
  populationWeight: number | null = null,
  status: AggregateMember<string>['status'] = 'REPORTED',
): AggregateMember<string> => ({
  huvudman,
  status,
  value,
  populationWeight,
  populationYear: populationWeight === null ? null : 2024,
  isExample: false,
});

describe('aggregate', () => {
  it('sums counts', () => {
    const result = aggregate('SUM', [member('1814', 12), member('1861', 30), member('1881', 41)], null);
    expect(result).toMatchObject({ value: 83, complete: true, missing: [] });
    expect(result.inputs.map((i) => i.weight)).toEqual([null, null, null]);
  });

  it('weights rates by population: Σ(value × population) / Σ population', () => {
    const result = aggregate('POPULATION_WEIGHTED_MEAN', [member('a', 10, 1000), member('b', 20, 3000)], null);
    expect(result.value).toBeCloseTo((10 * 1000 + 20 * 3000) / 4000, 10); // 17.5, not the plain mean 15
    expect(result.inputs).toEqual([
      { huvudman: 'a', value: 10, weight: 1000, weightYear: 2024 },
      { huvudman: 'b', value: 20, weight: 3000, weightYear: 2024 },
    ]);
  });

  it.each([
    ['a member that did not report', member('b', null, 5, 'NOT_REPORTED'), 'NOT_REPORTED'],
    ['an unreachable member', member('b', null, null, 'HUVUDMAN_UNAVAILABLE'), 'HUVUDMAN_UNAVAILABLE'],
    ['a reported value without a number', member('b', null, 5), 'NO_VALUE'],
    ['an implausible value (2^53 − 1)', member('b', 9007199254740991, 5), 'IMPLAUSIBLE_VALUE'],
    ['an infinite value', member('b', Infinity, 5), 'IMPLAUSIBLE_VALUE'],
    ['an implausible population weight', member('b', 3, 9007199254740991), 'IMPLAUSIBLE_VALUE'],
  ] as const)('never counts %s as zero: no figure, and the gap is named', (_label, gap, reason) => {
    const result = aggregate('SUM', [member('a', 7), gap], null);
    expect(result).toMatchObject({ value: null, complete: false, missing: [{ huvudman: 'b', reason }] });
    expect(result.note).toMatch(/Ofullständigt: 1 av 2/);
  });

  it('needs a weight for every value of a weighted mean', () => {
    const result = aggregate('POPULATION_WEIGHTED_MEAN', [member('a', 10, 1000), member('b', 20, null)], null);
    expect(result).toMatchObject({ value: null, complete: false, missing: [{ huvudman: 'b', reason: 'NO_POPULATION_WEIGHT' }] });
  });

  it('gives no figure where the rule is NONE, with the reason', () => {
    const result = aggregate('NONE', [member('a', 3.2), member('b', 4.1)], 'Ett medelvärde per vårdtillfälle.');
    expect(result).toMatchObject({ value: null, inputs: [], note: 'Ett medelvärde per vårdtillfälle.' });
  });

  it('marks a figure built on example values as example', () => {
    expect(aggregate('SUM', [{ ...member('a', 1), isExample: true }, member('b', 2)], null).isExample).toBe(true);
  });
});

describe('meetsTarget', () => {
  const level = (min: number | null, minInclusive: boolean, max: number | null = null, maxInclusive = true) => ({
    kind: 'LEVEL',
    min,
    minInclusive,
    max,
    maxInclusive,
  });

  it.each([
    ['"minst 90": 90 meets', level(90, true), 90, true],
    ['"minst 90": 89.9 does not', level(90, true), 89.9, false],
    ['"mer än 85": 85 does not', level(85, false), 85, false],
    ['"mer än 85": 85.1 meets', level(85, false), 85.1, true],
    ['"intervallet 77–80": 80 meets', level(77, true, 80), 80, true],
    ['"intervallet 77–80": 80.5 does not', level(77, true, 80), 80.5, false],
    ['"intervallet 77–80": 76.9 does not', level(77, true, 80), 76.9, false],
    ['bounds as numeric strings from the driver', { ...level(null, true), min: '77', max: '80' }, 78, true],
  ])('%s', (_label, target, value, expected) => {
    expect(meetsTarget(target, 'HIGHER_IS_BETTER', value, null)).toBe(expected);
  });

  it('judges an IMPROVEMENT target by direction against the previous year', () => {
    const improvement = { kind: 'IMPROVEMENT', minInclusive: true, maxInclusive: true };
    expect(meetsTarget(improvement, 'HIGHER_IS_BETTER', 71, 70.2)).toBe(true);
    expect(meetsTarget(improvement, 'LOWER_IS_BETTER', 7.4, 7.9)).toBe(true);
    expect(meetsTarget(improvement, 'LOWER_IS_BETTER', 8, 7.9)).toBe(false);
    expect(meetsTarget(improvement, 'HIGHER_IS_BETTER', 71, null)).toBeNull();
  });

  it('has nothing to judge without a target or a value', () => {
    expect(meetsTarget(null, 'HIGHER_IS_BETTER', 5, null)).toBeNull();
    expect(meetsTarget(level(1, true), 'HIGHER_IS_BETTER', null, null)).toBeNull();
  });

  it('compares with the same period a year earlier', () => {
    expect(samePeriodPreviousYear('2024')).toBe('2023');
    expect(samePeriodPreviousYear('2024-03')).toBe('2023-03');
  });
});
