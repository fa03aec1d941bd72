import type { Huvudman } from '../register/huvudman.entity';
import type { Lansdel } from '../register/lansdel.entity';
import { aggregate, type AggregateMember, type AggregateResult } from './aggregate';
import type { Indicator, IndicatorTarget } from './indicator.entity';
import type { Aggregation, Direction, Gender, Level } from './indicator-kinds';
import { meetsTarget, samePeriodPreviousYear } from './target';

/** A value as a huvudman's own subgraph reports it (the merged `kommunValues` and `regionValues` lists). */
export interface ReportedValue {
  huvudmanId: string;
  period: string;
  gender: Gender;
  value: number | null;
  status?: string | null;
  source: string;
  isExample: boolean;
  populationWeight?: number | null;
  populationYear?: number | null;
}

/** Which period a huvudman reported, and nothing more: all `reporting` asks the gateway to gather. */
export type ReportedPeriod = Pick<ReportedValue, 'huvudmanId' | 'period' | 'gender'>;

/** Who reported what, and who answered: what the status of each huvudman follows from. */
export interface ReportingInput<V extends ReportedPeriod = ReportedPeriod> {
  indicator: Pick<Indicator, 'level'>;
  huvudmen: Huvudman[];
  values: V[];
  /** Kommun codes whose instance answered; a kommun not here is unreachable, not silent. */
  responding: ReadonlySet<string>;
  /** False when the region's list never arrived (its subgraph did not answer): its cell is then unavailable. */
  regionAnswered: boolean;
}

/** Everything one resolver needs to see the whole picture: definition, register and every reported value. */
export interface MatrixInput extends ReportingInput<ReportedValue> {
  indicator: Indicator;
  targets: IndicatorTarget[];
  lansdelar: Lansdel[];
}

/** REPORTED, NOT_REPORTED, HUVUDMAN_UNAVAILABLE or NOT_APPLICABLE (the schema's IndicatorReportStatus). */
type ReportStatus = AggregateMember<Huvudman>['status'];

/** Who reported one indicator for one period and gender, who did not, and whose subgraph did not answer. */
export interface Reporting {
  period: string;
  gender: Gender;
  reported: Huvudman[];
  notReported: Huvudman[];
  unavailable: Huvudman[];
}

export interface Cell extends AggregateMember<Huvudman> {
  valueStatus: string | null;
  source: string | null;
  met: boolean | null;
}

export interface Aggregate extends AggregateResult<Huvudman> {
  scope: 'LANSDEL' | 'LAN';
  lansdel: Lansdel | null;
  met: boolean | null;
}

export interface Matrix {
  period: string;
  gender: Gender;
  target: IndicatorTarget | null;
  cells: Cell[];
  lansdelar: Aggregate[];
  lan: Aggregate;
  notReported: Huvudman[];
  unavailable: Huvudman[];
}

/** Who is expected to report at each level. */
export function reports(level: string, huvudman: Huvudman): boolean {
  if (level === 'KOMMUN') return huvudman.kind === 'MUNICIPALITY';
  if (level === 'HUVUDMAN') return true;
  return huvudman.kind === 'REGION'; // REGION and LAN: the region reports
}

/** The indicator × huvudman matrix for one period and gender, with target, met/not met and aggregates. */
export function buildMatrix(input: MatrixInput, period: string, gender: Gender): Matrix {
  const target = input.targets.find((t) => t.year === Number(period.slice(0, 4))) ?? null;
  const direction = input.indicator.direction as Direction;
  const cells = cellsFor(input, period, gender);
  const previous = target?.kind === 'IMPROVEMENT' ? cellsFor(input, samePeriodPreviousYear(period), gender) : null;
  cells.forEach((cell, i) => (cell.met = meetsTarget(target, direction, cell.value, previous?.[i].value ?? null)));

  const aggregates = (from: Cell[]) => aggregatesFor(input, from);
  const now = aggregates(cells);
  const before = previous ? aggregates(previous) : null;
  // Set in place: a copy made with `{ ...a, met }` costs a new hidden class per aggregate on Node 20.
  const judge = (a: Aggregate, prior: Aggregate | undefined): Aggregate => {
    a.met = meetsTarget(target, direction, a.value, prior?.value ?? null);
    return a;
  };
  return {
    period,
    gender,
    target,
    cells,
    lansdelar: now.lansdelar.map((a, i) => judge(a, before?.lansdelar[i])),
    lan: judge(now.lan, before?.lan),
    notReported: huvudmenWith(cells, 'NOT_REPORTED'),
    unavailable: huvudmenWith(cells, 'HUVUDMAN_UNAVAILABLE'),
  };
}

/**
 * The matrix's `notReported` and `unavailable` (and who did report) without its values, targets or
 * aggregates: the same status per huvudman as `buildMatrix`'s cells, from who reported which period.
 */
export function buildReporting(input: ReportingInput, period: string, gender: Gender): Reporting {
  const statuses = statusesFor(input, period, gender);
  return {
    period,
    gender,
    reported: huvudmenWith(statuses, 'REPORTED'),
    notReported: huvudmenWith(statuses, 'NOT_REPORTED'),
    unavailable: huvudmenWith(statuses, 'HUVUDMAN_UNAVAILABLE'),
  };
}

/** The huvudmän of `members` (cells or statuses, in register order) that have `status`: the lists both views give. */
function huvudmenWith(members: readonly { huvudman: Huvudman; status: ReportStatus }[], status: ReportStatus): Huvudman[] {
  return members.filter((m) => m.status === status).map((m) => m.huvudman);
}

/** Each huvudman in register order with its status for the period and gender, and its value when it reported one. */
function statusesFor<V extends ReportedPeriod>(input: ReportingInput<V>, period: string, gender: Gender) {
  const reported = new Map<string, V>();
  for (const v of input.values) {
    if (v.period === period && v.gender === gender && !reported.has(v.huvudmanId)) reported.set(v.huvudmanId, v);
  }
  return input.huvudmen.map((huvudman) => {
    const v = reported.get(huvudman.id);
    const status: ReportStatus = !reports(input.indicator.level as Level, huvudman)
      ? 'NOT_APPLICABLE'
      : (huvudman.kind === 'MUNICIPALITY' ? !input.responding.has(huvudman.id) : !input.regionAnswered)
        ? 'HUVUDMAN_UNAVAILABLE'
        : v
          ? 'REPORTED'
          : 'NOT_REPORTED';
    return { huvudman, status, value: status === 'REPORTED' ? v : undefined };
  });
}

function cellsFor(input: MatrixInput, period: string, gender: Gender): Cell[] {
  return statusesFor(input, period, gender).map(({ huvudman, status, value: shown }): Cell => ({
    huvudman,
    status,
    value: shown?.value ?? null,
    valueStatus: shown?.status || null,
    source: shown?.source ?? null,
    isExample: shown?.isExample ?? false,
    populationWeight: shown?.populationWeight ?? null,
    populationYear: shown?.populationYear ?? null,
    met: null,
  }));
}

/** Länsdel figures over the länsdel's reporting kommuner; the län figure over every reporter. */
function aggregatesFor(input: MatrixInput, cells: Cell[]): { lansdelar: Aggregate[]; lan: Aggregate } {
  const rule = input.indicator.aggregation as Aggregation;
  const note = input.indicator.aggregationNote ?? null;
  const applicable = cells.filter((c) => c.status !== 'NOT_APPLICABLE');
  return {
    lansdelar: input.lansdelar.map((lansdel) => ({
      scope: 'LANSDEL' as const,
      lansdel,
      met: null,
      ...aggregate(
        rule,
        applicable.filter((c) => c.huvudman.lansdelId === lansdel.id),
        note,
      ),
    })),
    lan: { scope: 'LAN' as const, lansdel: null, met: null, ...aggregate(rule, applicable, note) },
  };
}
