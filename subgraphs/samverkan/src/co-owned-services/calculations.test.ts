import { computeBalance, yearFraction } from './balance';
import { firstDay, isPartialDate, lastDay } from '../shared/partial-date';
import { percentToBasisPoints, splitByWeight } from './shares';

describe('shares in basis points', () => {
  it.each([
    [50, 5000],
    [33.33, 3333],
    [0.71, 71],
    [100, 10_000],
  ])('turns %s % into %s basis points', (percent, basisPoints) => expect(percentToBasisPoints(percent)).toBe(basisPoints));

  it.each([33.333, Number.NaN, Number.POSITIVE_INFINITY])('refuses %s %, which is not a whole number of basis points', (percent) => {
    expect(percentToBasisPoints(percent)).toBeNull();
  });
});

describe('splitting an amount by weight', () => {
  it('gives the leftover kronor to the largest remainders so the parts add up exactly', () => {
    // 100 kr in thirds: 33.33.. each; one krona is left over and goes to the first of the equal remainders.
    expect([
      ...splitByWeight(100, [
        { key: 'a', weight: 1 },
        { key: 'b', weight: 1 },
        { key: 'c', weight: 1 },
      ]),
    ]).toEqual([
      ['a', 34],
      ['b', 33],
      ['c', 33],
    ]);
    // 10 kr as 1:2:7 is exact.
    expect([
      ...splitByWeight(10, [
        { key: 'a', weight: 1 },
        { key: 'b', weight: 2 },
        { key: 'c', weight: 7 },
      ]),
    ]).toEqual([
      ['a', 1],
      ['b', 2],
      ['c', 7],
    ]);
  });

  it('stays exact when amount × weight exceeds 2^53', () => {
    const parts = splitByWeight(Number.MAX_SAFE_INTEGER, [
      { key: 'a', weight: 1 },
      { key: 'b', weight: 2 },
    ]);
    // 9 007 199 254 740 991 / 3 = 3 002 399 751 580 330 remainder 1; × 2 = 6 004 799 503 160 660 remainder 2, which gets the leftover krona.
    expect([...parts]).toEqual([
      ['a', 3_002_399_751_580_330],
      ['b', 6_004_799_503_160_661],
    ]);
  });
});

describe('FTE averaged over a year', () => {
  it.each([
    ['a period covering the year', '2023-01-01', null, 1],
    ['the second half of 2024 (184 of 366 days)', '2024-07-01', null, 184 / 366],
    ['a period ending on 31 March 2024 (91 days)', '2023-01-01', '2024-03-31', 91 / 366],
    ['a period before the year', '2020-01-01', '2023-12-31', 0],
  ])('counts %s', (_label, startsOn, endsOn, fraction) => expect(yearFraction(2024, startsOn, endsOn)).toBeCloseTo(fraction, 10));

  it('weights staff by the part of the year they work in the balance', () => {
    const balance = computeBalance(2024, [{ huvudmanId: '18', shareBasisPoints: 10_000 }], 1_000, [
      { huvudmanId: '18', staff: [{ fte: 2, startsOn: '2024-07-01', endsOn: null }], costs: [{ year: 2024, amountSek: 900 }] },
    ]);
    expect(balance.owners[0]).toMatchObject({ averageFte: 1.01, costSek: 900, costDifferenceSek: -100, costSharePercent: 100, fteShareDifference: 0 });
  });

  it('leaves actual shares out when the owners report no cost at all, instead of dividing by zero', () => {
    const balance = computeBalance(
      2024,
      [
        { huvudmanId: '18', shareBasisPoints: 5000 },
        { huvudmanId: '1880', shareBasisPoints: 5000 },
      ],
      null,
      [
        { huvudmanId: '18', staff: [], costs: [{ year: 2024, amountSek: 0 }] },
        { huvudmanId: '1880', staff: [], costs: [{ year: 2024, amountSek: 0 }] },
      ],
    );
    expect(balance).toMatchObject({ complete: true, totalCostSek: 0, budgetSek: null });
    expect(balance.owners[0]).toMatchObject({ agreedAmountSek: null, costDifferenceSek: null, costSharePercent: null, fteSharePercent: null });
  });

  it.each([
    ['a cost of 2^53 − 1 SEK (kommun 1881 could report it before writes were bounded)', { fte: 1, amountSek: 9007199254740991 }, /cost 9007199254740991 SEK/],
    ['a negative cost', { fte: 1, amountSek: -5 }, /cost -5 SEK/],
    ['an FTE of 1e9', { fte: 1e9, amountSek: 100 }, /staffing 1000000000 FTE/],
  ])('isolates one owner reporting %s: its row is marked, every other row computed, no sum breaks', (_label, figure, reason) => {
    const owners = [
      { huvudmanId: '18', shareBasisPoints: 5000 },
      { huvudmanId: '1880', shareBasisPoints: 2500 },
      { huvudmanId: '1881', shareBasisPoints: 2500 },
    ];
    const balance = computeBalance(2024, owners, 4_000_000, [
      { huvudmanId: '18', staff: [{ fte: 2, startsOn: '2024-01-01', endsOn: null }], costs: [{ year: 2024, amountSek: 2_100_000 }] },
      { huvudmanId: '1880', staff: [{ fte: 1, startsOn: '2024-01-01', endsOn: null }], costs: [{ year: 2024, amountSek: 1_000_000 }] },
      { huvudmanId: '1881', staff: [{ fte: figure.fte, startsOn: '2024-01-01', endsOn: null }], costs: [{ year: 2024, amountSek: figure.amountSek }] },
    ]);
    expect(balance).toMatchObject({ complete: false, totalCostSek: null, totalFte: null, budgetSek: 4_000_000 });
    expect(balance.owners[0]).toMatchObject({
      reported: true,
      excludedBecause: null,
      costSek: 2_100_000,
      agreedAmountSek: 2_000_000,
      costDifferenceSek: 100_000,
      averageFte: 2,
    });
    expect(balance.owners[1]).toMatchObject({ reported: true, excludedBecause: null, costSek: 1_000_000, costDifferenceSek: 0, averageFte: 1 });
    expect(balance.owners[2]).toMatchObject({ reported: true, costSek: null, averageFte: null, costDifferenceSek: null, agreedAmountSek: 1_000_000 });
    expect(balance.owners[2].excludedBecause).toMatch(reason);
    for (const owner of balance.owners)
      for (const value of Object.values(owner)) if (typeof value === 'number') expect(Number.isSafeInteger(Math.round(value))).toBe(true);
  });
});

describe('dates at the precision the documents give', () => {
  it.each(['2017', '2019-06', '2020-02-29', '2014-11-14'])('accepts %s', (value) => expect(isPartialDate(value)).toBe(true));
  it.each(['17', '2019-13', '2019-02-29', '2019-6', '14 november 2014'])('refuses %s', (value) => expect(isPartialDate(value)).toBe(false));
  it('reads a partial date as its first or last day', () => {
    expect([firstDay('2019'), firstDay('2019-06'), lastDay('2019'), lastDay('2019-02'), lastDay('2020-02')]).toEqual([
      '2019-01-01',
      '2019-06-01',
      '2019-12-31',
      '2019-02-28',
      '2020-02-29',
    ]);
  });
});
