import { useMemo } from 'react';
import { useQuery } from '@apollo/client/react';
import { ViewHeading } from '../../app/Layout';
import { Chart, type ChartOption } from '../../components/Chart';
import { DataTable, type Column } from '../../components/DataTable';
import { PartialNotice } from '../../components/PartialNotice';
import { QueryStatus } from '../../components/QueryStatus';
import { formatInteger } from '../../format/sv';
import { graphql } from '../../gql';
import type { OverviewQuery } from '../../gql/graphql';
import { unavailableHuvudmen } from '../../graphql/partial';

export const POPULATION_YEAR = 2024;

// One request for the whole view: the thirteen huvudmän (samverkan), each kommun's population from its
// own kommun instance, and the region's name from the region subgraph, so each huvudman's system is
// asked and an unavailable one shows up as a HUVUDMAN_UNAVAILABLE error naming it.
const OverviewQueryDocument = graphql(`
  query Overview($year: Int!) {
    huvudmen {
      id
      name
      kind
      lansdel {
        id
        name
      }
      municipality {
        code
        population(year: $year)
      }
      region {
        id
        name
      }
    }
  }
`);

type Huvudman = OverviewQuery['huvudmen'][number];
interface Row {
  huvudman: Huvudman;
  answers: boolean;
}

/** Översikt: the thirteen huvudmän by länsdel with population, and whether each one's system answers. */
export function OverviewView() {
  const { data, loading, error } = useQuery(OverviewQueryDocument, { variables: { year: POPULATION_YEAR } });
  const missing = useMemo(() => new Set(unavailableHuvudmen(error)), [error]);
  const rows = useMemo<Row[]>(
    () => (data?.huvudmen ?? []).map((huvudman) => ({ huvudman, answers: !missing.has(huvudman.id) })).sort(byLansdelThenName),
    [data, missing],
  );
  const names = useMemo(() => new Map((data?.huvudmen ?? []).map((h) => [h.id, h.name])), [data]);
  const kommuner = rows.filter((r) => r.huvudman.kind === 'MUNICIPALITY');
  const anyMissing = kommuner.some((r) => !r.answers);
  const total = kommuner.reduce((sum, r) => sum + (r.huvudman.municipality?.population ?? 0), 0);
  const lansdelar = useMemo(() => lansdelTotals(kommuner), [kommuner]);

  const columns: Column<Row>[] = [
    { id: 'name', header: 'Huvudman', value: (r) => r.huvudman.name, rowHeader: true },
    { id: 'kind', header: 'Slag', value: (r) => (r.huvudman.kind === 'REGION' ? 'Region' : 'Kommun') },
    { id: 'lansdel', header: 'Länsdel', value: (r) => r.huvudman.lansdel?.name ?? 'Hela länet' },
    {
      id: 'population',
      header: `Folkmängd ${POPULATION_YEAR}`,
      numeric: true,
      value: (r) => (r.huvudman.kind === 'MUNICIPALITY' ? (r.huvudman.municipality?.population ?? null) : null),
      missing: (r) => r.huvudman.kind === 'MUNICIPALITY' && !r.answers,
    },
    {
      id: 'share',
      header: 'Andel av kommunernas folkmängd (%)',
      numeric: true,
      decimals: 1,
      // A share needs every kommun's figure: when one is missing, so are all shares.
      value: (r) =>
        r.huvudman.kind === 'MUNICIPALITY' && r.huvudman.municipality?.population != null && total > 0
          ? roundTo(100 * (r.huvudman.municipality.population / total), 1)
          : null,
      missing: (r) => r.huvudman.kind === 'MUNICIPALITY' && anyMissing,
    },
    {
      id: 'answers',
      header: 'Systemet svarar',
      value: (r) => (r.answers ? 'Ja' : 'Nej'),
      cell: (r) => <span className={r.answers ? 'status-ok' : 'status-bad'}>{r.answers ? '✓ Ja' : '✗ Nej, svarar inte'}</span>,
    },
  ];
  const lansdelColumns: Column<(typeof lansdelar)[number]>[] = [
    { id: 'name', header: 'Länsdel', value: (l) => l.name, rowHeader: true },
    { id: 'kommuner', header: 'Kommuner', numeric: true, value: (l) => l.kommuner },
    { id: 'population', header: `Folkmängd ${POPULATION_YEAR}`, numeric: true, value: (l) => l.population, missing: (l) => l.incomplete },
  ];
  const chart = useMemo<ChartOption>(
    () => ({
      grid: { left: 90, right: 20, top: 10, bottom: 30 },
      xAxis: { type: 'value', axisLabel: { formatter: (v: number) => formatInteger(v) } },
      yAxis: { type: 'category', data: lansdelar.map((l) => l.name), inverse: true },
      tooltip: { valueFormatter: (v: number) => formatInteger(v) },
      series: [{ type: 'bar', data: lansdelar.map((l) => (l.incomplete ? null : l.population)), itemStyle: { color: '#1f5f8b' } }],
    }),
    [lansdelar],
  );

  return (
    <>
      <ViewHeading>Översikt</ViewHeading>
      <p className="lead">Tretton huvudmän leder vården och omsorgen i Örebro län tillsammans: Region Örebro län och länets tolv kommuner, i fyra länsdelar.</p>
      <QueryStatus loading={loading} error={error} hasData={!!data}>
        <PartialNotice error={error} names={names} />
        <p className="key-figure">
          Folkmängd i länets tolv kommuner {POPULATION_YEAR}: <strong data-testid="population-total">{anyMissing ? 'saknas' : formatInteger(total)}</strong>
          {anyMissing && <span> (summan kan inte räknas när en kommuns uppgift saknas)</span>}
        </p>
        <DataTable
          caption={`Huvudmännen efter länsdel, med folkmängd ${POPULATION_YEAR} och om deras system svarar`}
          columns={columns}
          rows={rows}
          rowKey={(r) => r.huvudman.id}
          csvName="huvudman-oversikt"
          footer={{
            label: 'Summa, tolv kommuner',
            values: { population: anyMissing ? { missing: true } : total, share: anyMissing ? { missing: true } : 100 },
          }}
        />
        <h2>Folkmängd per länsdel</h2>
        <Chart
          option={chart}
          summary={`Folkmängd ${POPULATION_YEAR} per länsdel: ${lansdelar.map((l) => `${l.name} ${l.incomplete ? 'saknas' : formatInteger(l.population)}`).join(', ')}.`}
        />
        <DataTable
          caption={`Folkmängd ${POPULATION_YEAR} per länsdel`}
          columns={lansdelColumns}
          rows={lansdelar}
          rowKey={(l) => l.id}
          csvName="folkmangd-per-lansdel"
        />
      </QueryStatus>
    </>
  );
}

const roundTo = (value: number, decimals: number) => Math.round(value * 10 ** decimals) / 10 ** decimals;

function byLansdelThenName(a: Row, b: Row): number {
  // The region (whole län) first, then länsdelar and names in Swedish alphabetical order.
  const key = (r: Row) => (r.huvudman.kind === 'REGION' ? '' : (r.huvudman.lansdel?.name ?? '~'));
  return key(a).localeCompare(key(b), 'sv') || a.huvudman.name.localeCompare(b.huvudman.name, 'sv');
}

function lansdelTotals(kommuner: Row[]) {
  const totals = new Map<string, { id: string; name: string; kommuner: number; population: number; incomplete: boolean }>();
  for (const { huvudman, answers } of kommuner) {
    const lansdel = huvudman.lansdel ?? { id: 'okand', name: 'Okänd länsdel' };
    const total = totals.get(lansdel.id) ?? { id: lansdel.id, name: lansdel.name, kommuner: 0, population: 0, incomplete: false };
    total.kommuner += 1;
    total.population += huvudman.municipality?.population ?? 0;
    total.incomplete ||= !answers;
    totals.set(lansdel.id, total);
  }
  return [...totals.values()];
}
