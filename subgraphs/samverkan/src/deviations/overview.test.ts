import { kommunCodes, REGION_ID } from '@orebro/reference-data';
import { countByPair, countByProcess, missingOwners, openPastDue, ratesPerTenThousand, responseTimes, type OverviewInput, type PartIn } from './overview';

const HUVUDMEN = [REGION_ID, ...kommunCodes];
const report = (deviationId: string, reporterId: string, occurredOn: string, concerned: string[], over: Record<string, unknown> = {}) => ({
  deviationId,
  reporterId,
  occurredOn,
  processCode: 'utskrivning',
  processVersion: 1,
  concernedHuvudmanIds: concerned,
  status: 'REPORTED',
  responseDueOn: '2025-02-01',
  reportedAt: `${occurredOn}T08:00:00.000Z`,
  severity: 'MODERATE',
  ...over,
});
const part = (huvudmanId: string, over: Partial<PartIn> = {}): PartIn => ({
  huvudmanId,
  withheld: false,
  reports: [],
  responses: [],
  population: huvudmanId === REGION_ID ? null : 10_000,
  populationYear: huvudmanId === REGION_ID ? null : 2024,
  ...over,
});
const input = (parts: PartIn[]): OverviewInput => ({
  fromMonth: '2025-01',
  toMonth: '2025-03',
  huvudmanIds: HUVUDMEN,
  regionId: REGION_ID,
  parts: new Map(parts.map((p) => [p.huvudmanId, p])),
});
const everyone = (over: Record<string, Partial<PartIn>> = {}) => HUVUDMEN.map((id) => part(id, over[id]));

describe('the län deviation views', () => {
  const kumla = {
    reports: [
      report('1881-a', '1881', '2025-01-05', ['18']),
      report('1881-b', '1881', '2025-01-20', ['18', '1880'], { processCode: 'lakemedel' }),
      report('1881-c', '1881', '2025-04-01', ['18']), // outside the period
    ],
  };
  const region = {
    reports: [report('18-a', '18', '2025-02-11', ['1881'], { status: 'CLOSED' })],
    responses: [
      { deviationId: '1881-a', responderId: '18', status: 'CLOSED', recordedAt: '2025-01-08T08:00:00.000Z', closedOn: '2025-01-20' },
      { deviationId: '1881-b', responderId: '18', status: 'INVESTIGATING', recordedAt: '2025-01-25T08:00:00.000Z', closedOn: null },
    ],
  };

  it('counts by process and month, and by reporter → concerned pair (a deviation concerning two counts for each)', () => {
    const view = input(everyone({ '1881': kumla, '18': region }));
    expect(countByProcess(view)).toEqual([
      { processCode: 'lakemedel', processVersion: 1, month: '2025-01', count: 1 },
      { processCode: 'utskrivning', processVersion: 1, month: '2025-01', count: 1 },
      { processCode: 'utskrivning', processVersion: 1, month: '2025-02', count: 1 },
    ]);
    expect(countByPair(view)).toEqual([
      { reporterId: '18', concernedId: '1881', month: '2025-02', count: 1 },
      { reporterId: '1881', concernedId: '18', month: '2025-01', count: 2 },
      { reporterId: '1881', concernedId: '1880', month: '2025-01', count: 1 },
    ]);
  });

  it('measures days to first response per concerned huvudman, and does not know those that did not answer', () => {
    const times = responseTimes(input(everyone({ '1881': kumla, '18': region })));
    expect(times.find((t) => t.huvudmanId === '18')).toEqual({
      huvudmanId: '18',
      concerning: 2,
      responded: 2,
      closed: 1,
      medianDays: 4,
      meanDays: 4,
      answered: true,
    });
    expect(times.find((t) => t.huvudmanId === '1880')).toMatchObject({ concerning: 1, responded: 0, medianDays: null, answered: true });
    const withoutOrebro = responseTimes(input(everyone({ '1881': kumla, '18': region }).filter((p) => p.huvudmanId !== '1880')));
    expect(withoutOrebro.find((t) => t.huvudmanId === '1880')).toEqual({
      huvudmanId: '1880',
      concerning: 1,
      responded: null,
      closed: null,
      medianDays: null,
      meanDays: null,
      answered: false,
    });
  });

  it('lists open deviations past due per concerned huvudman that has not closed, and leaves out final ones', () => {
    const rows = openPastDue(input(everyone({ '1881': kumla, '18': region })), '2025-02-11');
    expect(rows.map((r) => [r.report.deviationId, r.concernedId, r.daysOverdue, r.investigating])).toEqual([
      ['1881-b', '18', 10, true],
      ['1881-b', '1880', 10, false],
    ]);
    expect(openPastDue(input(everyone({ '1881': kumla, '18': region })), '2025-02-01')).toEqual([]);
  });

  it('names a huvudman that did not answer as missing, and gives it no count, never zero', () => {
    const parts = everyone({ '18': region }).filter((p) => p.huvudmanId !== '1881');
    expect(missingOwners(input(parts))).toEqual(['1881']);
    const rates = ratesPerTenThousand(input(parts));
    expect(rates.find((r) => r.huvudmanId === '1881')).toEqual({
      huvudmanId: '1881',
      reported: null,
      population: null,
      populationYear: null,
      perTenThousand: null,
    });
    // The region's denominator is the whole län: unknown while one kommun's population is.
    expect(rates.find((r) => r.huvudmanId === '18')).toMatchObject({ reported: 1, population: null, perTenThousand: null });
  });

  it('gives deviations per 10 000 inhabitants of the reporter, the region over the sum of the kommuner', () => {
    const rates = ratesPerTenThousand(input(everyone({ '1881': kumla, '18': region })));
    expect(rates.find((r) => r.huvudmanId === '1881')).toEqual({
      huvudmanId: '1881',
      reported: 2,
      population: 10_000,
      populationYear: 2024,
      perTenThousand: 2,
    });
    expect(rates.find((r) => r.huvudmanId === '18')).toEqual({ huvudmanId: '18', reported: 1, population: 120_000, populationYear: 2024, perTenThousand: 0.1 });
    expect(rates.find((r) => r.huvudmanId === '1880')).toMatchObject({ reported: 0, perTenThousand: 0 });
  });
});
