import { useMemo } from 'react';
import { useQuery } from '@apollo/client/react';
import { ViewHeading } from '../../app/Layout';
import { useUrlFilters } from '../../app/url-filters';
import { useAuth } from '../../auth/auth-context';
import { Chart, type ChartOption } from '../../components/Chart';
import { DataTable, type Column } from '../../components/DataTable';
import { PartialNotice } from '../../components/PartialNotice';
import { QueryStatus } from '../../components/QueryStatus';
import { SelectFilter } from '../../components/SelectFilter';
import { deviationSeverityLabel, riskAnalysisStatusLabel } from '../../format/labels';
import { formatDate, formatDays, formatInteger, formatNumber } from '../../format/sv';
import { graphql } from '../../gql';
import type { DeviationsQuery } from '../../gql/graphql';

export const DEFAULT_FROM = '2024-01';
export const DEFAULT_TO = '2024-12';
/** The longest period deviationOverview answers (its own limit). */
const MAX_MONTHS = 36;
/** The first month offered: the decision to build the joint structure is from 2021-05-28 (§ 6). */
const FIRST_YEAR = 2021;

// The län view of the chosen period, the process list (names for codes), and the joint risk analyses with
// the risk matrix: one request. Every figure is computed by samverkan from each huvudman's own records.
const DeviationsQueryDocument = graphql(`
  query Deviations($fromMonth: String!, $toMonth: String!) {
    jointProcesses {
      code
      version
      name
    }
    riskMatrix {
      levels {
        level
        label
        minScore
        maxScore
      }
      source
    }
    deviationOverview(fromMonth: $fromMonth, toMonth: $toMonth) {
      fromMonth
      toMonth
      complete
      missing {
        id
        name
      }
      byProcess {
        process {
          code
          version
          name
        }
        month
        count
      }
      byPair {
        reporter {
          id
          name
        }
        concerned {
          id
          name
        }
        month
        count
      }
      responseTimes {
        huvudman {
          id
          name
        }
        concerning
        responded
        closed
        medianDays
        meanDays
        answered
      }
      openPastDue {
        deviation {
          id
        }
        concerned {
          id
          name
        }
        reporter {
          id
          name
        }
        processCode
        occurredOn
        severity
        responseDueOn
        daysOverdue
        investigating
      }
      perTenThousand {
        huvudman {
          id
          name
        }
        reported
        population
        populationYear
        perTenThousand
      }
    }
    jointRiskAnalyses {
      id
      title
      status
      analysedOn
      isExample
      source
      process {
        code
        version
        name
      }
      participants {
        id
        name
      }
      steps {
        position
        name
        responsible {
          id
          name
        }
      }
      risks {
        number
        stepPosition
        description
        probability
        consequence
        score
        level
        measures {
          description
          owner {
            id
            name
          }
          dueOn
        }
        deviations {
          id
        }
      }
    }
  }
`);

type Overview = NonNullable<DeviationsQuery['deviationOverview']>;
type Analysis = DeviationsQuery['jointRiskAnalyses'][number];

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const monthIndex = (month: string) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
const monthOf = (index: number) => `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
const monthName = new Intl.DateTimeFormat('sv-SE', { month: 'long', year: 'numeric', timeZone: 'UTC' });
/** "2024-03" as "mars 2024". */
const formatMonth = (month: string) => monthName.format(new Date(`${month}-01T00:00:00Z`));

/**
 * Avvikelser i samverkan: the län view for a period — deviations by joint process and by pair of huvudmän,
 * time to response, open ones past their response date, per 10 000 inhabitants — with whose data is missing
 * named, and the joint risk analyses with their risk levels. Internal: needs a staff sign-in.
 * URL: /avvikelser?fran=2024-01&till=2024-12.
 */
export function DeviationsView() {
  const filters = useUrlFilters();
  const auth = useAuth();
  const staff = !!auth.user;
  const fromParam = filters.get('fran');
  const toParam = filters.get('till');
  const from = fromParam && MONTH.test(fromParam) ? fromParam : DEFAULT_FROM;
  const to = toParam && MONTH.test(toParam) ? toParam : DEFAULT_TO;
  const span = monthIndex(to) - monthIndex(from) + 1;
  const periodProblem =
    span < 1 ? 'Sista månaden ligger före den första. Välj en annan period.' : span > MAX_MONTHS ? `Välj en period på högst ${MAX_MONTHS} månader.` : null;
  const { data, previousData, loading, error } = useQuery(DeviationsQueryDocument, {
    variables: { fromMonth: from, toMonth: to },
    skip: !staff || !!periodProblem,
  });
  const shown = data ?? previousData;
  const overview = shown?.deviationOverview;
  const names = useMemo(() => new Map((overview?.perTenThousand ?? []).map((r) => [r.huvudman.id, r.huvudman.name])), [overview]);
  const months = useMemo(() => monthChoices([from, to]), [from, to]);

  return (
    <>
      <ViewHeading>Avvikelser i samverkan</ViewHeading>
      <p className="lead">
        Avvikelser som huvudmännen rapporterar i det gemensamma arbetet, för hela länet: per process och per par av huvudmän, tid till svar, öppna efter
        svarsdatum och per 10 000 invånare. Varje huvudmans uppgifter hämtas från dess eget system när sidan visas. Dessutom de gemensamma riskanalyserna.
      </p>
      <form className="filters" aria-label="Välj period" onSubmit={(e) => e.preventDefault()}>
        <SelectFilter label="Från månad" value={from} onChange={(v) => filters.set('fran', v === DEFAULT_FROM ? undefined : v)} options={months} />
        <SelectFilter label="Till månad" value={to} onChange={(v) => filters.set('till', v === DEFAULT_TO ? undefined : v)} options={months} />
      </form>
      {!staff ? (
        <div className="notice notice-warning" role="note">
          <p>Avvikelser och riskanalyser är intern information. Logga in som medarbetare hos en av länets huvudmän för att se dem.</p>
        </div>
      ) : periodProblem ? (
        <div className="notice notice-error" role="alert">
          <p>{periodProblem}</p>
        </div>
      ) : (
        <QueryStatus loading={loading} error={error} hasData={!!shown}>
          <PartialNotice error={error} names={names} />
          {overview ? <Overview overview={overview} processes={shown?.jointProcesses ?? []} /> : <p>Inga uppgifter för perioden.</p>}
          <RiskAnalyses analyses={shown?.jointRiskAnalyses ?? []} matrix={shown?.riskMatrix} />
        </QueryStatus>
      )}
    </>
  );
}

function Overview({ overview, processes }: { overview: Overview; processes: DeviationsQuery['jointProcesses'] }) {
  const period = `${formatMonth(overview.fromMonth)}–${formatMonth(overview.toMonth)}`;
  const missingNames = overview.missing.map((h) => h.name).join(', ');
  const complete = overview.complete;
  const total = overview.byProcess.reduce((sum, p) => sum + p.count, 0);
  return (
    <section aria-labelledby="avvikelser-lanet">
      <h2 id="avvikelser-lanet">Länet {period}</h2>
      {complete ? (
        <p className="key-figure" data-testid="deviation-total">
          {formatInteger(total)} avvikelser i samverkan rapporterades under perioden. Alla tretton huvudmän svarade.
        </p>
      ) : (
        <div className="notice notice-warning" role="status" data-testid="deviation-missing">
          <p>
            <strong>Uppgifter saknas från {missingNames}.</strong> Deras system svarar inte just nu. Summor över alla huvudmän visas därför som ”saknas”;
            siffrorna nedan gäller bara de huvudmän som svarade ({formatInteger(total)} avvikelser från dem).
          </p>
        </div>
      )}
      <ByProcess overview={overview} processes={processes} period={period} />
      <ByPair overview={overview} period={period} />
      <ResponseTimes overview={overview} period={period} />
      <PastDue overview={overview} processes={processes} period={period} />
      <PerTenThousand overview={overview} period={period} />
    </section>
  );
}

/** Deviations per process: a stacked bar chart per month, and the same figures in a table (a row per month). */
function ByProcess({ overview, processes, period }: { overview: Overview; processes: DeviationsQuery['jointProcesses']; period: string }) {
  // One column per process code (the latest version's name), in the process list's order.
  const codes = useMemo(() => {
    const named = new Map<string, string>();
    for (const p of processes) named.set(p.code, p.name);
    for (const p of overview.byProcess) if (!named.has(p.process.code)) named.set(p.process.code, p.process.name);
    return [...named].map(([code, name]) => ({ code, name }));
  }, [processes, overview.byProcess]);
  const months = useMemo(() => {
    const list: string[] = [];
    for (let i = monthIndex(overview.fromMonth); i <= monthIndex(overview.toMonth); i++) list.push(monthOf(i));
    return list;
  }, [overview.fromMonth, overview.toMonth]);
  const countOf = (month: string, code: string) =>
    overview.byProcess.filter((p) => p.month === month && p.process.code === code).reduce((sum, p) => sum + p.count, 0);
  const totalOf = (code: string) => overview.byProcess.filter((p) => p.process.code === code).reduce((sum, p) => sum + p.count, 0);
  const chart = useMemo<ChartOption>(
    () => ({
      grid: { left: 50, right: 20, top: 70, bottom: 40 },
      legend: { top: 0 },
      xAxis: { type: 'category', data: months.map(formatMonth), axisLabel: { rotate: 30 } },
      yAxis: { type: 'value', minInterval: 1 },
      tooltip: { trigger: 'axis', valueFormatter: (v: number) => formatInteger(v) },
      // Patterns (decal) as well as colour, so a process is never told by colour alone; the accessible name
      // stays Chart's summary (ECharts' own generated label is off).
      aria: { enabled: true, label: { enabled: false }, decal: { show: true } },
      series: codes.map((c) => ({
        type: 'bar',
        stack: 'processer',
        name: c.name,
        data: months.map((m) => overview.byProcess.filter((p) => p.month === m && p.process.code === c.code).reduce((sum, p) => sum + p.count, 0)),
      })),
    }),
    [codes, months, overview.byProcess],
  );
  type Row = { month: string };
  const columns: Column<Row>[] = [
    { id: 'month', header: 'Månad', value: (r) => formatMonth(r.month), rowHeader: true },
    ...codes.map((c) => ({ id: `process-${c.code}`, header: c.name, numeric: true, value: (r: Row) => countOf(r.month, c.code) })),
    {
      id: 'total',
      header: 'Alla processer',
      numeric: true,
      value: (r) => codes.reduce((sum, c) => sum + countOf(r.month, c.code), 0),
      // A sum over the län is unknown while someone is missing: never a smaller number.
      missing: () => !overview.complete,
    },
  ];
  const footerValues: Record<string, number | { missing: true }> = {};
  for (const c of codes) footerValues[`process-${c.code}`] = overview.complete ? totalOf(c.code) : { missing: true };
  footerValues.total = overview.complete ? codes.reduce((sum, c) => sum + totalOf(c.code), 0) : { missing: true };
  return (
    <>
      <h3>Per process</h3>
      {!overview.complete && <p>Antalen per månad och process gäller de huvudmän som svarade; summorna för perioden saknas.</p>}
      <Chart
        option={chart}
        summary={`Avvikelser per process och månad, ${period}: ${codes.map((c) => `${c.name} ${formatInteger(totalOf(c.code))}`).join(', ')}${overview.complete ? '' : ' (bara de huvudmän som svarade)'}. Samma siffror finns i tabellen nedan.`}
        height={340}
      />
      <DataTable
        caption={`Avvikelser per process och månad, ${period}`}
        columns={columns}
        rows={months.map((month) => ({ month }))}
        rowKey={(r) => r.month}
        csvName={`avvikelser-per-process-${overview.fromMonth}-${overview.toMonth}`}
        footer={{ label: 'Hela perioden', values: footerValues }}
      />
    </>
  );
}

/** Deviations per pair of huvudmän (reporter → concerned) over the period. */
function ByPair({ overview, period }: { overview: Overview; period: string }) {
  type Row = { key: string; reporter: string; concerned: string; count: number; months: number };
  const rows = useMemo(() => {
    const pairs = new Map<string, Row>();
    for (const p of overview.byPair) {
      const key = `${p.reporter.id}-${p.concerned.id}`;
      const row = pairs.get(key) ?? { key, reporter: p.reporter.name, concerned: p.concerned.name, count: 0, months: 0 };
      row.count += p.count;
      row.months += 1;
      pairs.set(key, row);
    }
    return [...pairs.values()];
  }, [overview.byPair]);
  const columns: Column<Row>[] = [
    { id: 'reporter', header: 'Rapporterad av', value: (r) => r.reporter, rowHeader: true },
    { id: 'concerned', header: 'Gäller', value: (r) => r.concerned },
    { id: 'count', header: 'Antal avvikelser', numeric: true, value: (r) => r.count },
    { id: 'months', header: 'Månader med avvikelser', numeric: true, value: (r) => r.months },
  ];
  return (
    <>
      <h3>Per par av huvudmän</h3>
      <p>En avvikelse som gäller två huvudmän räknas en gång för varje par.</p>
      {rows.length === 0 ? (
        <p>Inga avvikelser under perioden från de huvudmän som svarade.</p>
      ) : (
        <DataTable
          caption={`Avvikelser per par av huvudmän (rapporterande → berörd), ${period}`}
          columns={columns}
          rows={rows}
          rowKey={(r) => r.key}
          csvName={`avvikelser-per-par-${overview.fromMonth}-${overview.toMonth}`}
        />
      )}
    </>
  );
}

/** Time to response per concerned huvudman; one that did not answer is "saknas", never 0. */
function ResponseTimes({ overview, period }: { overview: Overview; period: string }) {
  type Row = Overview['responseTimes'][number];
  const columns: Column<Row>[] = [
    { id: 'huvudman', header: 'Berörd huvudman', value: (r) => r.huvudman.name, rowHeader: true },
    { id: 'concerning', header: 'Avvikelser som gäller den', numeric: true, value: (r) => r.concerning },
    { id: 'responded', header: 'Besvarade', numeric: true, value: (r) => r.responded ?? null, missing: (r) => !r.answered },
    { id: 'closed', header: 'Avslutade', numeric: true, value: (r) => r.closed ?? null, missing: (r) => !r.answered },
    { id: 'median', header: 'Median, dagar till svar', numeric: true, value: (r) => r.medianDays ?? null, missing: (r) => !r.answered },
    { id: 'mean', header: 'Medelvärde, dagar till svar', numeric: true, value: (r) => r.meanDays ?? null, missing: (r) => !r.answered },
  ];
  return (
    <>
      <h3>Tid till svar</h3>
      <p>Dagar från att avvikelsen rapporterades till den berörda huvudmannens första svar. Ett streck betyder att inget svar finns.</p>
      <DataTable
        caption={`Tid till svar per berörd huvudman, ${period}`}
        columns={columns}
        rows={overview.responseTimes}
        rowKey={(r) => r.huvudman.id}
        csvName={`avvikelser-tid-till-svar-${overview.fromMonth}-${overview.toMonth}`}
      />
    </>
  );
}

/** Deviations still open past their response date, one row per concerned huvudman that has not closed. */
function PastDue({ overview, processes, period }: { overview: Overview; processes: DeviationsQuery['jointProcesses']; period: string }) {
  type Row = Overview['openPastDue'][number];
  const processName = (code: string) => processes.find((p) => p.code === code)?.name ?? code;
  const columns: Column<Row>[] = [
    { id: 'deviation', header: 'Avvikelse', value: (r) => r.deviation.id, rowHeader: true },
    { id: 'process', header: 'Process', value: (r) => processName(r.processCode) },
    { id: 'reporter', header: 'Rapporterad av', value: (r) => r.reporter.name },
    { id: 'concerned', header: 'Berörd', value: (r) => r.concerned.name },
    { id: 'severity', header: 'Allvarlighet', value: (r) => deviationSeverityLabel[r.severity] ?? r.severity },
    { id: 'occurred', header: 'Inträffade', value: (r) => r.occurredOn, cell: (r) => formatDate(r.occurredOn) },
    { id: 'due', header: 'Svar senast', value: (r) => r.responseDueOn, cell: (r) => formatDate(r.responseDueOn) },
    { id: 'overdue', header: 'Dagar försenad', numeric: true, value: (r) => r.daysOverdue, cell: (r) => formatDays(r.daysOverdue) },
    { id: 'state', header: 'Läge', value: (r) => (r.investigating ? 'Utreds' : 'Inget svar') },
  ];
  return (
    <>
      <h3>Öppna efter svarsdatum</h3>
      {overview.openPastDue.length === 0 ? (
        <p>Ingen avvikelse från perioden är öppen efter sitt svarsdatum hos de huvudmän som svarade.</p>
      ) : (
        <DataTable
          caption={`Avvikelser från ${period} som är öppna efter svarsdatum, per berörd huvudman`}
          columns={columns}
          rows={overview.openPastDue}
          rowKey={(r) => `${r.deviation.id}-${r.concerned.id}`}
          csvName={`avvikelser-forsenade-${overview.fromMonth}-${overview.toMonth}`}
        />
      )}
    </>
  );
}

/** Deviations reported per 10 000 inhabitants, per huvudman; unknown counts and rates are "saknas". */
function PerTenThousand({ overview, period }: { overview: Overview; period: string }) {
  type Row = Overview['perTenThousand'][number];
  const unanswered = new Set(overview.missing.map((h) => h.id));
  const columns: Column<Row>[] = [
    { id: 'huvudman', header: 'Rapporterande huvudman', value: (r) => r.huvudman.name, rowHeader: true },
    {
      id: 'reported',
      header: 'Rapporterade',
      numeric: true,
      value: (r) => r.reported ?? null,
      missing: (r) => r.reported === null || r.reported === undefined,
    },
    {
      id: 'population',
      header: 'Invånare',
      numeric: true,
      value: (r) => r.population ?? null,
      missing: (r) => (r.population === null || r.population === undefined) && (unanswered.has(r.huvudman.id) || !overview.complete),
    },
    { id: 'year', header: 'Folkmängd år', value: (r) => (r.populationYear ? String(r.populationYear) : null) },
    {
      id: 'rate',
      header: 'Per 10 000 invånare',
      numeric: true,
      value: (r) => r.perTenThousand ?? null,
      missing: (r) => r.perTenThousand === null || r.perTenThousand === undefined,
    },
  ];
  const known = overview.perTenThousand.filter((r) => r.perTenThousand !== null && r.perTenThousand !== undefined);
  const chart = useMemo<ChartOption>(
    () => ({
      grid: { left: 170, right: 30, top: 10, bottom: 30 },
      xAxis: { type: 'value' },
      yAxis: { type: 'category', data: known.map((r) => r.huvudman.name), inverse: true },
      tooltip: { valueFormatter: (v: number) => formatNumber(v) },
      series: [{ type: 'bar', data: known.map((r) => r.perTenThousand), itemStyle: { color: '#14537a' } }],
    }),
    [known],
  );
  return (
    <>
      <h3>Per 10 000 invånare</h3>
      <p>
        Avvikelser som varje huvudman rapporterade, per 10 000 invånare (kommunens egen folkmängd; för regionen hela länets, som bara kan räknas när alla
        kommuner svarar).
      </p>
      <DataTable
        caption={`Rapporterade avvikelser per 10 000 invånare, ${period}`}
        columns={columns}
        rows={overview.perTenThousand}
        rowKey={(r) => r.huvudman.id}
        csvName={`avvikelser-per-10000-invanare-${overview.fromMonth}-${overview.toMonth}`}
      />
      {known.length > 0 && (
        <Chart
          option={chart}
          summary={`Rapporterade avvikelser per 10 000 invånare, ${period}: ${known.map((r) => `${r.huvudman.name} ${formatNumber(r.perTenThousand ?? 0)}`).join(', ')}. Samma siffror finns i tabellen ovan.`}
          height={Math.max(200, known.length * 28 + 40)}
        />
      )}
    </>
  );
}

/** The joint risk analyses: process, participants, steps, and each risk on the matrix with its level and measures. */
function RiskAnalyses({ analyses, matrix }: { analyses: Analysis[]; matrix: DeviationsQuery['riskMatrix'] | undefined }) {
  const levelLabel = (level: string) => matrix?.levels.find((l) => l.level === level)?.label ?? level;
  return (
    <section aria-labelledby="riskanalyser">
      <h2 id="riskanalyser">Gemensamma riskanalyser</h2>
      {matrix && (
        <p>
          Riskerna bedöms som sannolikhet (1–4) × konsekvens (1–4):{' '}
          {matrix.levels.map((l) => `${l.label} ${formatInteger(l.minScore)}–${formatInteger(l.maxScore)}`).join(', ')}. Källa: {matrix.source}.
        </p>
      )}
      {analyses.length === 0 ? (
        <p>Ingen gemensam riskanalys är registrerad.</p>
      ) : (
        analyses.map((a) => <RiskAnalysis key={a.id} analysis={a} levelLabel={levelLabel} />)
      )}
    </section>
  );
}

function RiskAnalysis({ analysis, levelLabel }: { analysis: Analysis; levelLabel: (level: string) => string }) {
  type Row = Analysis['risks'][number];
  const stepName = (position: number) => analysis.steps.find((s) => s.position === position)?.name ?? String(position);
  const columns: Column<Row>[] = [
    { id: 'number', header: 'Risk', numeric: true, value: (r) => r.number, rowHeader: true },
    { id: 'step', header: 'Steg', value: (r) => `${r.stepPosition}. ${stepName(r.stepPosition)}` },
    { id: 'description', header: 'Vad kan gå fel', value: (r) => r.description },
    { id: 'probability', header: 'Sannolikhet', numeric: true, value: (r) => r.probability },
    { id: 'consequence', header: 'Konsekvens', numeric: true, value: (r) => r.consequence },
    { id: 'score', header: 'Riskvärde', numeric: true, value: (r) => r.score },
    { id: 'level', header: 'Risknivå', value: (r) => levelLabel(r.level) },
    {
      id: 'measures',
      header: 'Åtgärder (ansvarig, senast)',
      value: (r) => r.measures.map((m) => `${m.description} (${m.owner.name}, ${formatDate(m.dueOn)})`).join('; ') || null,
    },
    { id: 'deviations', header: 'Kopplade avvikelser', value: (r) => r.deviations.map((d) => d.id).join(', ') || null },
  ];
  return (
    <article aria-labelledby={`analys-${analysis.id}`}>
      <h3 id={`analys-${analysis.id}`}>{analysis.title}</h3>
      <dl className="facts">
        <dt>Process</dt>
        <dd>{analysis.process.name}</dd>
        <dt>Status</dt>
        <dd>{riskAnalysisStatusLabel[analysis.status] ?? analysis.status}</dd>
        <dt>Gjord</dt>
        <dd>{formatDate(analysis.analysedOn)}</dd>
        <dt>Deltagare</dt>
        <dd>{analysis.participants.map((p) => p.name).join(', ')}</dd>
        <dt>Källa</dt>
        <dd>
          {analysis.source}
          {analysis.isExample ? ' (exempeldata)' : ''}
        </dd>
      </dl>
      <h4>Processens steg</h4>
      <ol>
        {analysis.steps.map((s) => (
          <li key={s.position}>
            {s.name} ({s.responsible ? `ansvar: ${s.responsible.name}` : 'gemensamt ansvar'})
          </li>
        ))}
      </ol>
      <DataTable
        caption={`Risker i ${analysis.title}, med risknivå och åtgärder`}
        columns={columns}
        rows={analysis.risks}
        rowKey={(r) => String(r.number)}
        csvName={`riskanalys-${analysis.id}`}
      />
    </article>
  );
}

/** The months to choose from: January FIRST_YEAR to December next year, and the chosen ones when outside. */
/** Months that can hold deviations: from the first year up to this month (none are reported ahead). */
function monthChoices(chosen: string[]) {
  const now = new Date();
  const list: string[] = [];
  for (let i = monthIndex(`${FIRST_YEAR}-01`); i <= now.getUTCFullYear() * 12 + now.getUTCMonth(); i++) list.push(monthOf(i));
  for (const m of chosen) if (!list.includes(m)) list.push(m);
  return list.sort().map((m) => ({ value: m, label: formatMonth(m) }));
}
