import { useMemo } from 'react';
import { useQuery } from '@apollo/client/react';
import { ViewHeading } from '../../app/Layout';
import { useUrlFilters } from '../../app/url-filters';
import { Chart, type ChartOption } from '../../components/Chart';
import { DataTable, type Column } from '../../components/DataTable';
import { PartialNotice } from '../../components/PartialNotice';
import { SelectFilter } from '../../components/SelectFilter';
import { QueryStatus } from '../../components/QueryStatus';
import { aggregationLabel, directionLabel, gapReasonLabel, metText, reportStatusLabel } from '../../format/labels';
import { formatInteger, formatNumber } from '../../format/sv';
import { graphql } from '../../gql';
import type { IndicatorFollowUpQuery } from '../../gql/graphql';

export const DEFAULT_INDICATOR = 'fallskador-65';
export const DEFAULT_YEAR = 2024;
/** Years of trend shown before the chosen year. */
const TREND_YEARS = 4;

// The indicator list (for the choice), one indicator's matrix for the year with its aggregates and gaps,
// and its trend: one request; each huvudman's value comes from its own subgraph.
const IndicatorFollowUpQueryDocument = graphql(`
  query IndicatorFollowUp($id: ID!, $period: String!, $fromYear: Int!, $toYear: Int!) {
    indicators {
      id
      name
    }
    indicator(id: $id) {
      id
      name
      description
      unitLabel
      direction
      aggregation
      aggregationNote
      source
      matrix(period: $period) {
        period
        target {
          text
          isExample
        }
        cells {
          huvudman {
            id
            name
          }
          status
          value
          met
          isExample
        }
        lansdelar {
          ...IndicatorAggregateFigure
        }
        lan {
          ...IndicatorAggregateFigure
        }
        notReported {
          id
          name
        }
        unavailable {
          id
          name
        }
      }
      trend(fromYear: $fromYear, toYear: $toYear) {
        period
        target {
          text
        }
        lan {
          value
          complete
          met
        }
        lansdelar {
          lansdel {
            id
            name
          }
          value
          complete
        }
        cells {
          huvudman {
            id
            name
          }
          status
          value
        }
      }
    }
  }

  fragment IndicatorAggregateFigure on IndicatorAggregate {
    scope
    lansdel {
      id
      name
    }
    method
    value
    complete
    met
    isExample
    inputs {
      huvudman {
        id
        name
      }
      value
      weight
    }
    missing {
      huvudman {
        id
        name
      }
      reason
    }
    note
  }
`);

type Indicator = NonNullable<IndicatorFollowUpQuery['indicator']>;
type Matrix = NonNullable<Indicator['matrix']>;
type Cell = Matrix['cells'][number];
type Aggregate = Matrix['lan'];
type TrendYear = NonNullable<Indicator['trend']>[number];

const unavailable = (status: string) => status === 'HUVUDMAN_UNAVAILABLE';

/**
 * Uppföljning: one indicator for all thirteen huvudmän against its target (met or not in words and a
 * sign), its trend, länsdel and län aggregates with their inputs, and who has not reported or did not
 * answer. URL: /uppfoljning?indikator=fallskador-65&ar=2024.
 */
export function FollowUpView() {
  const filters = useUrlFilters();
  const id = filters.get('indikator') ?? DEFAULT_INDICATOR;
  const yearParam = Number(filters.get('ar'));
  const year = Number.isInteger(yearParam) && yearParam > 1900 ? yearParam : DEFAULT_YEAR;
  const { data, previousData, loading, error } = useQuery(IndicatorFollowUpQueryDocument, {
    variables: { id, period: String(year), fromYear: year - TREND_YEARS, toYear: year },
  });
  const shown = data ?? previousData;
  const indicator = shown?.indicator;
  const matrix = indicator?.matrix;
  const names = useMemo(() => new Map((matrix?.cells ?? []).map((c) => [c.huvudman.id, c.huvudman.name])), [matrix]);

  return (
    <>
      <ViewHeading>Uppföljning</ViewHeading>
      <p className="lead">Ett mått för alla tretton huvudmän mot målet, utvecklingen över åren och summor per länsdel och för länet.</p>
      <form className="filters" aria-label="Välj mått och år" onSubmit={(e) => e.preventDefault()}>
        <SelectFilter
          label="Mått"
          value={id}
          onChange={(v) => filters.set('indikator', v === DEFAULT_INDICATOR ? undefined : v)}
          options={(shown?.indicators ?? []).map((i) => ({ value: i.id, label: i.name }))}
        />
        <SelectFilter
          label="År"
          value={String(year)}
          onChange={(v) => filters.set('ar', v === String(DEFAULT_YEAR) ? undefined : v)}
          options={yearChoices(year)}
        />
      </form>
      <QueryStatus loading={loading} error={error} hasData={!!shown}>
        <PartialNotice error={error} names={names} />
        {!indicator ? (
          <p>Måttet {id} finns inte.</p>
        ) : (
          <>
            <h2>{indicator.name}</h2>
            <p>{indicator.description}</p>
            <dl className="facts">
              <dt>Enhet</dt>
              <dd>{indicator.unitLabel}</dd>
              <dt>Riktning</dt>
              <dd>{directionLabel[indicator.direction] ?? indicator.direction}</dd>
              <dt>Mål {year}</dt>
              <dd>{matrix?.target ? `${matrix.target.text}${matrix.target.isExample ? ' (exempelmål)' : ''}` : 'Inget mål är satt'}</dd>
              <dt>Källa</dt>
              <dd>{indicator.source}</dd>
            </dl>
            {matrix ? <YearMatrix indicator={indicator} matrix={matrix} /> : <p>Inga uppgifter för {year}.</p>}
            <Trend indicator={indicator} />
          </>
        )}
      </QueryStatus>
    </>
  );
}

function YearMatrix({ indicator, matrix }: { indicator: Indicator; matrix: Matrix }) {
  const valueColumn = (cell: Cell) => cell.value ?? null;
  const cellColumns: Column<Cell>[] = [
    { id: 'huvudman', header: 'Huvudman', value: (c) => c.huvudman.name, rowHeader: true },
    { id: 'status', header: 'Rapportering', value: (c) => reportStatusLabel[c.status] ?? c.status },
    { id: 'value', header: `Värde (${indicator.unitLabel})`, numeric: true, value: valueColumn, missing: (c) => unavailable(c.status) },
    {
      id: 'met',
      header: 'Mot målet',
      value: (c) => (c.status === 'REPORTED' ? metText(c.met) : null),
      missing: (c) => unavailable(c.status),
      cell: (c) =>
        c.status !== 'REPORTED' ? (
          <span aria-label="inget värde">–</span>
        ) : (
          <span className={c.met === true ? 'status-ok' : c.met === false ? 'status-bad' : undefined}>{metText(c.met)}</span>
        ),
    },
    { id: 'example', header: 'Exempeldata', value: (c) => (c.value === null || c.value === undefined ? null : c.isExample ? 'Ja' : 'Nej') },
  ];
  const aggregates = [...matrix.lansdelar, matrix.lan];
  const aggregateColumns: Column<Aggregate>[] = [
    { id: 'scope', header: 'Område', value: (a) => a.lansdel?.name ?? 'Hela länet', rowHeader: true },
    { id: 'method', header: 'Beräkning', value: (a) => aggregationLabel[a.method] ?? a.method },
    { id: 'value', header: `Värde (${indicator.unitLabel})`, numeric: true, value: (a) => a.value ?? null, cell: (a) => aggregateValue(a) },
    { id: 'met', header: 'Mot målet', value: (a) => (a.value === null || a.value === undefined ? null : metText(a.met)) },
    {
      id: 'inputs',
      header: 'Underlag',
      value: (a) =>
        a.inputs
          .map((i) => `${i.huvudman.name} ${formatNumber(i.value)}${i.weight !== null && i.weight !== undefined ? ` (vikt ${formatInteger(i.weight)})` : ''}`)
          .join('; ') || null,
    },
    {
      id: 'missingInputs',
      header: 'Saknas i underlaget',
      value: (a) => a.missing.map((m) => `${m.huvudman.name} (${gapReasonLabel[m.reason] ?? m.reason})`).join('; ') || 'Inget',
    },
    { id: 'note', header: 'Anmärkning', value: (a) => a.note ?? null },
  ];
  const reported = matrix.cells.filter((c) => c.status === 'REPORTED');
  const chart = useMemo<ChartOption>(
    () => ({
      grid: { left: 160, right: 30, top: 10, bottom: 30 },
      xAxis: { type: 'value' },
      yAxis: { type: 'category', data: reported.map((c) => c.huvudman.name), inverse: true },
      tooltip: { valueFormatter: (v: number) => formatNumber(v) },
      series: [{ type: 'bar', data: reported.map((c) => c.value), itemStyle: { color: '#14537a' } }],
    }),
    [reported],
  );
  const metCount = reported.filter((c) => c.met === true).length;

  return (
    <>
      <h3>Alla huvudmän {matrix.period}</h3>
      {matrix.target && (
        <p className="key-figure">
          {formatInteger(metCount)} av {formatInteger(reported.length)} rapporterade huvudmän når målet ({matrix.target.text}).
        </p>
      )}
      <DataTable
        caption={`${indicator.name} ${matrix.period} per huvudman, mot målet`}
        columns={cellColumns}
        rows={matrix.cells}
        rowKey={(c) => c.huvudman.id}
        csvName={`${indicator.id}-${matrix.period}-per-huvudman`}
      />
      {reported.length > 0 && (
        <Chart
          option={chart}
          summary={`${indicator.name} ${matrix.period}: ${reported.map((c) => `${c.huvudman.name} ${formatNumber(c.value ?? 0)}`).join(', ')}. Samma siffror finns i tabellen ovan.`}
          height={Math.max(200, reported.length * 28 + 40)}
        />
      )}
      <h3>Vem har inte rapporterat</h3>
      <ul>
        <li>
          Har inte rapporterat för {matrix.period}:{' '}
          {matrix.notReported.length === 0 ? 'alla har rapporterat' : matrix.notReported.map((h) => h.name).join(', ')}.
        </li>
        <li>Systemet svarade inte: {matrix.unavailable.length === 0 ? 'alla svarade' : matrix.unavailable.map((h) => h.name).join(', ')}.</li>
      </ul>
      <h3>Länsdelar och länet</h3>
      {indicator.aggregationNote && <p>{indicator.aggregationNote}</p>}
      <DataTable
        caption={`${indicator.name} ${matrix.period} per länsdel och för länet, med underlag`}
        columns={aggregateColumns}
        rows={aggregates}
        rowKey={(a) => a.lansdel?.id ?? 'lan'}
        csvName={`${indicator.id}-${matrix.period}-lansdelar`}
      />
    </>
  );
}

/** An aggregate's figure; incomplete (someone missing) is said in words, never a smaller number. */
function aggregateValue(a: Aggregate) {
  if (a.value !== null && a.value !== undefined) return `${formatNumber(a.value)}${a.complete ? '' : ' (ofullständigt)'}`;
  if (a.method === 'NONE') return 'Räknas inte samman';
  return a.missing.some((m) => m.reason === 'HUVUDMAN_UNAVAILABLE') ? <span className="missing">saknas</span> : 'Kan inte räknas (underlag saknas)';
}

/** The trend: the län and each länsdel per year in a chart, the same figures and every huvudman's in tables. */
function Trend({ indicator }: { indicator: Indicator }) {
  // Memoised so the chart below is rebuilt only when the indicator's trend changes, not on every render.
  const years = useMemo(() => indicator.trend ?? [], [indicator.trend]);
  const lansdelar = useMemo(() => years[0]?.lansdelar.map((l) => l.lansdel) ?? [], [years]);
  const chart = useMemo<ChartOption>(
    () => ({
      grid: { left: 60, right: 20, top: 40, bottom: 30 },
      legend: { top: 0 },
      xAxis: { type: 'category', data: years.map((y) => y.period) },
      yAxis: { type: 'value' },
      tooltip: { trigger: 'axis', valueFormatter: (v: number) => (v === null || v === undefined ? 'saknas' : formatNumber(v)) },
      series: [
        { type: 'line', name: 'Länet', data: years.map((y) => y.lan.value ?? null), lineStyle: { width: 3 }, symbol: 'circle' },
        ...lansdelar.map((l, i) => ({
          type: 'line',
          name: l?.name ?? '',
          data: years.map((y) => y.lansdelar[i]?.value ?? null),
          symbol: ['rect', 'triangle', 'diamond', 'pin'][i % 4],
          lineStyle: { type: ['dashed', 'dotted', 'solid', 'dashed'][i % 4] },
        })),
      ],
    }),
    [years, lansdelar],
  );
  type Row = TrendYear;
  const columns: Column<Row>[] = [
    { id: 'year', header: 'År', value: (y) => y.period, rowHeader: true },
    { id: 'lan', header: 'Länet', numeric: true, value: (y) => y.lan.value ?? null, cell: (y) => trendValue(y.lan.value, y.lan.complete) },
    ...lansdelar.map((l, i) => ({
      id: `lansdel-${l?.id ?? i}`,
      header: l?.name ?? '',
      numeric: true,
      value: (y: Row) => y.lansdelar[i]?.value ?? null,
      cell: (y: Row) => trendValue(y.lansdelar[i]?.value, y.lansdelar[i]?.complete ?? false),
    })),
    { id: 'target', header: 'Mål', value: (y) => y.target?.text ?? null },
    { id: 'met', header: 'Länet mot målet', value: (y) => (y.lan.value === null || y.lan.value === undefined ? null : metText(y.lan.met)) },
  ];
  const huvudmen = years[0]?.cells.map((c) => c.huvudman) ?? [];
  type HuvudmanRow = { id: string; name: string };
  const huvudmanColumns: Column<HuvudmanRow>[] = [
    { id: 'huvudman', header: 'Huvudman', value: (h) => h.name, rowHeader: true },
    ...years.map((y) => {
      const cellOf = (h: HuvudmanRow) => y.cells.find((c) => c.huvudman.id === h.id);
      return {
        id: `ar-${y.period}`,
        header: y.period,
        numeric: true,
        value: (h: HuvudmanRow) => cellOf(h)?.value ?? null,
        missing: (h: HuvudmanRow) => unavailable(cellOf(h)?.status ?? ''),
      };
    }),
  ];
  if (years.length === 0) return null;
  return (
    <>
      <h3>
        Utveckling {years[0].period}–{years[years.length - 1].period}
      </h3>
      <Chart
        option={chart}
        summary={`${indicator.name}, länet per år: ${years.map((y) => `${y.period} ${y.lan.value === null || y.lan.value === undefined ? 'inget värde' : formatNumber(y.lan.value)}`).join(', ')}. Länsdelarna finns i tabellen.`}
      />
      <DataTable
        caption={`${indicator.name}: länet och länsdelarna per år`}
        columns={columns}
        rows={years}
        rowKey={(y) => y.period}
        csvName={`${indicator.id}-utveckling`}
      />
      <DataTable
        caption={`${indicator.name}: varje huvudman per år`}
        columns={huvudmanColumns}
        rows={huvudmen}
        rowKey={(h) => h.id}
        csvName={`${indicator.id}-utveckling-per-huvudman`}
      />
    </>
  );
}

function trendValue(value: number | null | undefined, complete: boolean) {
  if (value === null || value === undefined) return <span aria-label="inget värde">–</span>;
  return `${formatNumber(value)}${complete ? '' : ' (ofullständigt)'}`;
}

/** The years to choose from: the last eight, and the chosen one when it is older. */
function yearChoices(chosen: number) {
  const years = Array.from({ length: 8 }, (_, i) => DEFAULT_YEAR + 1 - i);
  if (!years.includes(chosen)) years.push(chosen);
  return years.map((y) => ({ value: String(y), label: String(y) }));
}
