import { useMemo } from 'react';
import { useQuery } from '@apollo/client/react';
import { ViewHeading } from '../../app/Layout';
import { useUrlFilters } from '../../app/url-filters';
import { Chart, type ChartOption } from '../../components/Chart';
import { DataTable, type Column } from '../../components/DataTable';
import { PartialNotice } from '../../components/PartialNotice';
import { SelectFilter } from '../../components/SelectFilter';
import { QueryStatus } from '../../components/QueryStatus';
import { grantAreaLabel, recipientGroupLabel } from '../../format/labels';
import { formatDate, formatNumber, formatSek } from '../../format/sv';
import { graphql } from '../../gql';
import type { GrantProgrammesQuery } from '../../gql/graphql';
import { unavailableHuvudmen } from '../../graphql/partial';

// Every programme from national total to reported use in one request (the programmes are few); each
// huvudman's reported use comes from its own subgraph.
const GrantProgrammesQueryDocument = graphql(`
  query GrantProgrammes {
    grantProgrammes {
      id
      name
      area
      year
      agreement
      nationalTotalSek
      unspecifiedSek
      distribution
      source
      isExample
      nationalParts {
        recipients
        amountSek
      }
      lanShare {
        population
        nationalPopulation
        populationSharePercent
        jointSek
        amountSek
        computed
        basis
      }
      allocations {
        huvudman {
          id
          name
        }
        recipients
        population
        populationSharePercent
        amountSek
        computed
        isExample
      }
      pots {
        id
        name
        amountSek
        decidedSek
        remainingSek
        isExample
      }
      decisions {
        id
        title
        amountSek
        decidedOn
        decidedBy
        reference
        condition
        service {
          id
          name
        }
      }
      regionGrantUse {
        huvudmanId
        year
        purpose
        amountSek
        service {
          id
          name
        }
        isExample
      }
      kommunGrantUse {
        huvudmanId
        year
        purpose
        amountSek
        service {
          id
          name
        }
        isExample
      }
    }
  }
`);

type Programme = GrantProgrammesQuery['grantProgrammes'][number];
type Allocation = Programme['allocations'][number];
type Use = NonNullable<Programme['kommunGrantUse']>[number] & { huvudmanName: string };
interface AllocationRow {
  allocation: Allocation;
  usedSek: number;
  uses: number;
  missing: boolean;
}

/**
 * Stimulansmedel: a state grant from programme to län to each huvudman's allocation, the decisions on
 * its use and what each huvudman reports it used it for. URL: /stimulansmedel?program=god-och-nara-vard-2023.
 */
export function GrantsView() {
  const filters = useUrlFilters();
  const { data, loading, error } = useQuery(GrantProgrammesQueryDocument);
  const programmes = data?.grantProgrammes ?? [];
  const programme = programmes.find((p) => p.id === filters.get('program')) ?? programmes[0];
  const missing = useMemo(() => new Set(unavailableHuvudmen(error)), [error]);

  return (
    <>
      <ViewHeading>Stimulansmedel</ViewHeading>
      <p className="lead">Statliga stimulansmedel från programmet till länet, varje huvudmans del, besluten om användningen och vad huvudmännen redovisar.</p>
      <QueryStatus loading={loading} error={error} hasData={!!data}>
        <form className="filters" aria-label="Välj program" onSubmit={(e) => e.preventDefault()}>
          <SelectFilter
            label="Program"
            value={programme?.id ?? ''}
            onChange={(v) => filters.set('program', v)}
            options={programmes.map((p) => ({ value: p.id, label: p.name }))}
          />
        </form>
        <PartialNotice error={error} />
        {programme ? <ProgrammeChain programme={programme} missing={missing} /> : <p>Inga program finns registrerade.</p>}
      </QueryStatus>
    </>
  );
}

function ProgrammeChain({ programme, missing }: { programme: Programme; missing: ReadonlySet<string> }) {
  const uses = useMemo<Use[]>(() => {
    const names = new Map(programme.allocations.map((a) => [a.huvudman.id, a.huvudman.name]));
    // Null when that side did not answer at all: the errors name who, and their cells say "saknas".
    return [...(programme.regionGrantUse ?? []), ...(programme.kommunGrantUse ?? [])].map((u) => ({
      ...u,
      huvudmanName: names.get(u.huvudmanId) ?? u.huvudmanId,
    }));
  }, [programme]);
  const rows = useMemo<AllocationRow[]>(
    () =>
      programme.allocations.map((allocation) => {
        const own = uses.filter((u) => u.huvudmanId === allocation.huvudman.id);
        return { allocation, usedSek: own.reduce((sum, u) => sum + u.amountSek, 0), uses: own.length, missing: missing.has(allocation.huvudman.id) };
      }),
    [programme, uses, missing],
  );
  const anyMissing = rows.some((r) => r.missing);
  const allocationColumns: Column<AllocationRow>[] = [
    { id: 'huvudman', header: 'Huvudman', value: (r) => r.allocation.huvudman.name, rowHeader: true },
    { id: 'recipients', header: 'Del av', value: (r) => recipientGroupLabel[r.allocation.recipients] ?? r.allocation.recipients },
    { id: 'population', header: 'Folkmängd', numeric: true, value: (r) => r.allocation.population },
    { id: 'share', header: 'Andel av folkmängden (%)', numeric: true, value: (r) => r.allocation.populationSharePercent },
    { id: 'amount', header: 'Tilldelat (kr)', numeric: true, value: (r) => r.allocation.amountSek },
    { id: 'used', header: 'Redovisad användning (kr)', numeric: true, value: (r) => r.usedSek, missing: (r) => r.missing },
    {
      id: 'basis',
      header: 'Underlag',
      value: (r) =>
        `${r.allocation.computed ? 'Beräknat efter folkmängd, inte officiellt belopp' : 'Officiellt belopp'}${r.allocation.isExample ? ', exempeldata' : ''}`,
    },
  ];
  const useColumns: Column<Use>[] = [
    { id: 'huvudman', header: 'Huvudman', value: (u) => u.huvudmanName, rowHeader: true },
    { id: 'year', header: 'År', value: (u) => String(u.year) },
    { id: 'purpose', header: 'Användning', value: (u) => u.purpose },
    { id: 'service', header: 'Samägd verksamhet', value: (u) => u.service?.name ?? null },
    { id: 'amount', header: 'Belopp (kr)', numeric: true, value: (u) => u.amountSek },
    { id: 'example', header: 'Exempeldata', value: (u) => (u.isExample ? 'Ja' : 'Nej') },
  ];
  type Decision = Programme['decisions'][number];
  const decisionColumns: Column<Decision>[] = [
    { id: 'title', header: 'Beslut', value: (d) => d.title, rowHeader: true },
    { id: 'decidedOn', header: 'Datum', value: (d) => d.decidedOn, cell: (d) => formatDate(d.decidedOn) },
    { id: 'decidedBy', header: 'Beslutat av', value: (d) => d.decidedBy },
    { id: 'amount', header: 'Belopp (kr)', numeric: true, value: (d) => d.amountSek ?? null },
    { id: 'service', header: 'Verksamhet', value: (d) => d.service?.name ?? null },
    { id: 'condition', header: 'Villkor', value: (d) => d.condition ?? null },
    { id: 'reference', header: 'Diarienummer', value: (d) => d.reference ?? null },
  ];
  type Pot = Programme['pots'][number];
  const potColumns: Column<Pot>[] = [
    { id: 'name', header: 'Gemensam pott', value: (p) => p.name, rowHeader: true },
    { id: 'amount', header: 'Belopp (kr)', numeric: true, value: (p) => p.amountSek ?? null },
    { id: 'decided', header: 'Beslutat (kr)', numeric: true, value: (p) => p.decidedSek },
    { id: 'remaining', header: 'Kvar (kr)', numeric: true, value: (p) => p.remainingSek ?? null },
  ];
  type Part = Programme['nationalParts'][number];
  const partColumns: Column<Part>[] = [
    { id: 'recipients', header: 'Mottagare', value: (p) => recipientGroupLabel[p.recipients] ?? p.recipients, rowHeader: true },
    { id: 'amount', header: 'Belopp i riket (kr)', numeric: true, value: (p) => p.amountSek },
  ];
  const kommunRows = rows.filter((r) => r.allocation.recipients !== 'REGIONS');
  const chart = useMemo<ChartOption>(
    () => ({
      grid: { left: 160, right: 30, top: 40, bottom: 30 },
      legend: { top: 0 },
      xAxis: { type: 'value', axisLabel: { formatter: (v: number) => formatNumber(v) } },
      yAxis: { type: 'category', data: kommunRows.map((r) => r.allocation.huvudman.name), inverse: true },
      tooltip: { trigger: 'axis', valueFormatter: (v: number) => (v === null || v === undefined ? 'saknas' : formatSek(v)) },
      series: [
        { type: 'bar', name: 'Tilldelat', data: kommunRows.map((r) => r.allocation.amountSek), itemStyle: { color: '#14537a' } },
        {
          type: 'bar',
          name: 'Redovisad användning',
          data: kommunRows.map((r) => (r.missing ? null : r.usedSek)),
          itemStyle: { color: '#b35c00', decal: { symbol: 'rect' } },
        },
      ],
    }),
    [kommunRows],
  );
  const totalAllocated = rows.reduce((sum, r) => sum + r.allocation.amountSek, 0);
  const totalUsed = rows.reduce((sum, r) => sum + r.usedSek, 0);

  return (
    <section aria-labelledby="program-rubrik">
      <h2 id="program-rubrik">{programme.name}</h2>
      <dl className="facts">
        <dt>Område</dt>
        <dd>{grantAreaLabel[programme.area] ?? programme.area}</dd>
        <dt>År</dt>
        <dd>{programme.year}</dd>
        {programme.agreement && (
          <>
            <dt>Överenskommelse</dt>
            <dd>{programme.agreement}</dd>
          </>
        )}
        <dt>Totalt i riket</dt>
        <dd>{programme.nationalTotalSek !== null && programme.nationalTotalSek !== undefined ? formatSek(programme.nationalTotalSek) : 'Anges inte'}</dd>
        {programme.distribution && (
          <>
            <dt>Fördelning</dt>
            <dd>{programme.distribution}</dd>
          </>
        )}
        <dt>Källa</dt>
        <dd>
          {programme.source}
          {programme.isExample && ' (exempeldata)'}
        </dd>
      </dl>
      {programme.nationalParts.length > 0 && (
        <DataTable
          caption={`${programme.name}: delarna i riket`}
          columns={partColumns}
          rows={programme.nationalParts}
          rowKey={(p) => p.recipients}
          csvName={`${programme.id}-riket`}
        />
      )}

      <h3>Länets del</h3>
      {programme.lanShare ? (
        <>
          <p className="key-figure">
            Örebro län: <strong>{formatSek(programme.lanShare.amountSek)}</strong> ({formatNumber(programme.lanShare.populationSharePercent)} % av rikets
            folkmängd)
            {programme.lanShare.jointSek !== null &&
              programme.lanShare.jointSek !== undefined &&
              `, varav gemensam del ${formatSek(programme.lanShare.jointSek)}`}
            .
          </p>
          <p>{programme.lanShare.basis}</p>
        </>
      ) : (
        <p>Länets del anges inte.</p>
      )}

      <h3>Varje huvudmans del och redovisad användning</h3>
      <DataTable
        caption={`${programme.name}: tilldelat och redovisad användning per huvudman`}
        columns={allocationColumns}
        rows={rows}
        rowKey={(r) => r.allocation.huvudman.id}
        csvName={`${programme.id}-tilldelning`}
        footer={{ label: 'Summa', values: { amount: totalAllocated, used: anyMissing ? { missing: true } : totalUsed } }}
      />
      {kommunRows.length > 0 && (
        <Chart
          option={chart}
          summary={`Kommunernas tilldelning och redovisade användning: ${kommunRows
            .map(
              (r) =>
                `${r.allocation.huvudman.name} ${formatSek(r.allocation.amountSek)} tilldelat, ${r.missing ? 'användning saknas' : `${formatSek(r.usedSek)} redovisat`}`,
            )
            .join('; ')}.`}
          height={Math.max(200, kommunRows.length * 36 + 60)}
        />
      )}

      <h3>Gemensamma pottar och beslut om användning</h3>
      {programme.pots.length === 0 ? (
        <p>Programmet har inga gemensamma pottar.</p>
      ) : (
        <DataTable
          caption={`${programme.name}: gemensamma pottar`}
          columns={potColumns}
          rows={programme.pots}
          rowKey={(p) => p.id}
          csvName={`${programme.id}-pottar`}
        />
      )}
      {programme.decisions.length === 0 ? (
        <p>Inga beslut om användningen är registrerade.</p>
      ) : (
        <DataTable
          caption={`${programme.name}: beslut om användningen`}
          columns={decisionColumns}
          rows={programme.decisions}
          rowKey={(d) => d.id}
          csvName={`${programme.id}-beslut`}
        />
      )}

      <h3>Redovisad användning</h3>
      <DataTable
        caption={`${programme.name}: vad huvudmännen redovisar att medlen använts till`}
        columns={useColumns}
        rows={uses}
        rowKey={(u) => `${u.huvudmanId}-${u.year}-${u.purpose}`}
        csvName={`${programme.id}-anvandning`}
      />
    </section>
  );
}
