/**
 * The län-wide deviation views, computed at query time from the records each huvudman's own subgraph sent
 * (through the gateway, @requires). Pure functions of those records and the register: no storage here.
 * A huvudman whose records did not arrive is `missing`: its figures are null or left out, never zero.
 */

/** A report as the owners send it (the fields the views require; others may be absent). */
export interface ReportIn {
  deviationId: string;
  reporterId: string;
  occurredOn: string;
  processCode: string;
  processVersion: number;
  concernedHuvudmanIds: string[];
  status: string;
  responseDueOn: string;
  reportedAt: string;
  severity: string;
}

/** A response as the owners send it. */
export interface ResponseIn {
  deviationId: string;
  responderId: string;
  status: string;
  recordedAt: string;
  closedOn: string | null;
}

/** One owner's records (DeviationLedgerPart). */
export interface PartIn {
  huvudmanId: string;
  withheld: boolean;
  reports: Partial<ReportIn>[];
  responses: Partial<ResponseIn>[];
  population?: number | null;
  populationYear?: number | null;
}

export interface OverviewInput {
  fromMonth: string;
  toMonth: string;
  /** Every participating huvudman's id, in register order (the region first). */
  huvudmanIds: readonly string[];
  regionId: string;
  /** Parts that arrived, by owner; an owner absent here did not answer. */
  parts: ReadonlyMap<string, PartIn>;
}

const DAY_MS = 86_400_000;
const FINAL = new Set(['CLOSED', 'WITHDRAWN']);

/** Owners whose records did not arrive, in register order. */
export function missingOwners(input: OverviewInput): string[] {
  return input.huvudmanIds.filter((id) => !input.parts.has(id));
}

/** Every report of the period from the owners that answered, each once. */
function reportsOf(input: OverviewInput): ReportIn[] {
  const seen = new Map<string, ReportIn>();
  for (const part of input.parts.values()) {
    for (const r of part.reports as ReportIn[]) {
      const month = r.occurredOn.slice(0, 7);
      if (month >= input.fromMonth && month <= input.toMonth && !seen.has(r.deviationId)) seen.set(r.deviationId, r);
    }
  }
  return [...seen.values()];
}

const order = (input: OverviewInput) => (id: string) => input.huvudmanIds.indexOf(id);

/** Deviations per process version and month, by code, version, month. */
export function countByProcess(input: OverviewInput) {
  const counts = new Map<string, { processCode: string; processVersion: number; month: string; count: number }>();
  for (const r of reportsOf(input)) {
    const month = r.occurredOn.slice(0, 7);
    const key = `${r.processCode}@${r.processVersion}@${month}`;
    const row = counts.get(key) ?? { processCode: r.processCode, processVersion: r.processVersion, month, count: 0 };
    row.count++;
    counts.set(key, row);
  }
  return [...counts.values()].sort(
    (a, b) => a.processCode.localeCompare(b.processCode) || a.processVersion - b.processVersion || a.month.localeCompare(b.month),
  );
}

/** Deviations per pair (reporter → concerned) and month; a deviation concerning two counts for each pair. */
export function countByPair(input: OverviewInput) {
  const rank = order(input);
  const counts = new Map<string, { reporterId: string; concernedId: string; month: string; count: number }>();
  for (const r of reportsOf(input)) {
    const month = r.occurredOn.slice(0, 7);
    for (const concernedId of r.concernedHuvudmanIds) {
      const key = `${r.reporterId}>${concernedId}@${month}`;
      const row = counts.get(key) ?? { reporterId: r.reporterId, concernedId, month, count: 0 };
      row.count++;
      counts.set(key, row);
    }
  }
  return [...counts.values()].sort(
    (a, b) => rank(a.reporterId) - rank(b.reporterId) || rank(a.concernedId) - rank(b.concernedId) || a.month.localeCompare(b.month),
  );
}

/** Each owner's responses by deviation id; only responses it recorded itself (responderId = the owner). */
function responsesBy(input: OverviewInput): Map<string, Map<string, ResponseIn>> {
  const byOwner = new Map<string, Map<string, ResponseIn>>();
  for (const [owner, part] of input.parts) {
    byOwner.set(owner, new Map((part.responses as ResponseIn[]).filter((r) => r.responderId === owner).map((r) => [r.deviationId, r])));
  }
  return byOwner;
}

/** Time from report to first response per concerned huvudman, in register order. */
export function responseTimes(input: OverviewInput) {
  const reports = reportsOf(input);
  const responses = responsesBy(input);
  return input.huvudmanIds.map((huvudmanId) => {
    const concerning = reports.filter((r) => r.concernedHuvudmanIds.includes(huvudmanId));
    const own = responses.get(huvudmanId);
    if (!own) return { huvudmanId, concerning: concerning.length, responded: null, closed: null, medianDays: null, meanDays: null, answered: false };
    const answered = concerning.flatMap((r) => {
      const response = own.get(r.deviationId);
      return response ? [{ response, days: (Date.parse(response.recordedAt) - Date.parse(r.reportedAt)) / DAY_MS }] : [];
    });
    const days = answered.map((a) => a.days).sort((a, b) => a - b);
    return {
      huvudmanId,
      concerning: concerning.length,
      responded: answered.length,
      closed: answered.filter((a) => a.response.status === 'CLOSED' || a.response.closedOn).length,
      medianDays: days.length ? oneDecimal(median(days)) : null,
      meanDays: days.length ? oneDecimal(days.reduce((s, d) => s + d, 0) / days.length) : null,
      answered: true,
    };
  });
}

/**
 * Open deviations past their response date on `asOf`: one row per concerned huvudman that answered and has not
 * closed its response (a concerned huvudman that did not answer is in `missing`, its state unknown).
 */
export function openPastDue(input: OverviewInput, asOf: string) {
  const rank = order(input);
  const responses = responsesBy(input);
  const rows = reportsOf(input)
    .filter((r) => !FINAL.has(r.status) && r.responseDueOn < asOf)
    .flatMap((r) =>
      r.concernedHuvudmanIds.flatMap((concernedId) => {
        const own = responses.get(concernedId);
        if (!own) return [];
        const response = own.get(r.deviationId);
        if (response?.status === 'CLOSED') return [];
        const daysOverdue = Math.round((Date.parse(`${asOf}T00:00:00Z`) - Date.parse(`${r.responseDueOn}T00:00:00Z`)) / DAY_MS);
        return [{ report: r, concernedId, daysOverdue, investigating: Boolean(response) }];
      }),
    );
  return rows.sort(
    (a, b) =>
      a.report.responseDueOn.localeCompare(b.report.responseDueOn) ||
      rank(a.concernedId) - rank(b.concernedId) ||
      a.report.deviationId.localeCompare(b.report.deviationId),
  );
}

/**
 * Deviations each huvudman reported per 10 000 inhabitants: a kommun's over its own population, the region's
 * over the län's (the sum of every kommun's, known only when every kommun answered with a figure).
 */
export function ratesPerTenThousand(input: OverviewInput) {
  const reports = reportsOf(input);
  const kommunIds = input.huvudmanIds.filter((id) => id !== input.regionId);
  const kommunParts = kommunIds.map((id) => input.parts.get(id));
  const lanPopulation = kommunParts.every((p) => p && typeof p.population === 'number')
    ? kommunParts.reduce((sum, p) => sum + (p!.population as number), 0)
    : null;
  const lanYear = lanPopulation === null ? null : Math.min(...kommunParts.map((p) => p!.populationYear ?? Infinity));
  return input.huvudmanIds.map((huvudmanId) => {
    const part = input.parts.get(huvudmanId);
    const reported = part ? reports.filter((r) => r.reporterId === huvudmanId).length : null;
    const population = huvudmanId === input.regionId ? lanPopulation : (part?.population ?? null);
    const populationYear = huvudmanId === input.regionId ? (Number.isFinite(lanYear) ? lanYear : null) : (part?.populationYear ?? null);
    const perTenThousand = reported !== null && population ? oneDecimal((reported / population) * 10_000) : null;
    return { huvudmanId, reported, population, populationYear, perTenThousand };
  });
}

function median(sorted: number[]): number {
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function oneDecimal(n: number): number {
  return Math.round(n * 10) / 10;
}
