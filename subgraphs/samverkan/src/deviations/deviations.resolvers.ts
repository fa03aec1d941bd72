import { GraphQLError } from 'graphql';
import { checkOverviewPeriod, reporterOf, todayUtc } from '@orebro/huvudman-reporting';
import { kommunCodes, REGION_ID } from '@orebro/reference-data';
import { readInternal, requireIsoDate, requireRole, writeOnce, type SubgraphContext, type SubgraphResolvers } from '@orebro/subgraph-kit';
import type { RegisterLoaders } from '../register/register.loaders';
import { JointRiskAnalysis, type JointProcess, type StoredRisk, type StoredRiskStep } from './joint-process.entity';
import type { DeviationsLoaders } from './deviations.loaders';
import { countByPair, countByProcess, missingOwners, openPastDue, ratesPerTenThousand, responseTimes, type OverviewInput, type PartIn } from './overview';
import { riskLevelOf, riskMatrix } from './risk-matrix';
import { changeJointRiskAnalysisStatus, linkDeviationToRisk, recordJointRiskAnalysis, type JointRiskAnalysisInput } from './risk-analysis.service';

type Loaders = DeviationsLoaders & RegisterLoaders;
const HUVUDMAN_IDS: readonly string[] = [REGION_ID, ...kommunCodes];

interface ReportRef {
  deviationId: string;
  reporterId: string;
  processCode: string;
  processVersion: number;
  concernedHuvudmanIds: string[];
}
interface ResponseRef {
  deviationId: string;
  responderId: string;
}
/** A deviation as the gateway hands it back: its id and what the region and the kommun instances sent (@requires). */
interface DeviationWithRecords {
  id: string;
  regionReport?: ReportRef | null;
  kommunReports?: (ReportRef | null)[] | null;
  regionResponse?: ResponseRef | null;
  kommunResponses?: (ResponseRef | null)[] | null;
}
interface OverviewWithParts {
  fromMonth: string;
  toMonth: string;
  regionDeviationPart?: PartIn | null;
  kommunDeviationParts?: (PartIn | null)[] | null;
}

/** The report the deviation's own reporter sent; a report claiming another reporter is never used. */
function reportOf(d: DeviationWithRecords): ReportRef | null {
  const reporter = reporterOf(d.id, 'id');
  const candidates = [d.regionReport ?? null, ...(d.kommunReports ?? [])];
  return candidates.find((r): r is ReportRef => r != null && r.deviationId === d.id && r.reporterId === reporter) ?? null;
}

/**
 * The parts the owners sent, by owner. Representations come from whoever calls this subgraph: a part naming an
 * owner that may not send it (a kommun part for the region, a report by another huvudman) is refused, never used.
 */
function partsOf(o: OverviewWithParts): Map<string, PartIn> {
  const parts = new Map<string, PartIn>();
  const take = (part: PartIn | null | undefined, mayBe: (id: string) => boolean) => {
    if (!part || part.withheld) return;
    if (!mayBe(part.huvudmanId)) throw dataError(`a deviation ledger part for "${part.huvudmanId}" came from the wrong subgraph`);
    const foreign = part.reports.some((r) => r.reporterId !== part.huvudmanId) || part.responses.some((r) => r.responderId !== part.huvudmanId);
    if (foreign) throw dataError(`huvudman ${part.huvudmanId}'s ledger part holds another huvudman's record`);
    parts.set(part.huvudmanId, part);
  };
  take(o.regionDeviationPart, (id) => id === REGION_ID);
  for (const part of o.kommunDeviationParts ?? []) take(part, (id) => kommunCodes.includes(id));
  return parts;
}

function dataError(reason: string): GraphQLError {
  return new GraphQLError(`Deviation records refused: ${reason}.`, { extensions: { code: 'BAD_REQUEST' } });
}

function overviewInput(o: OverviewWithParts): OverviewInput {
  return { fromMonth: o.fromMonth, toMonth: o.toMonth, huvudmanIds: HUVUDMAN_IDS, regionId: REGION_ID, parts: partsOf(o) };
}

const processRef = (code: string, version: number) => ({ code, version });

export const deviationsResolvers: SubgraphResolvers<Loaders> = {
  Query: {
    jointProcesses: async (_root, { onDate }: { onDate?: string | null }, { loaders }) => {
      if (onDate) requireIsoDate(onDate, 'onDate');
      const all = await loaders.allProcesses();
      return onDate ? all.filter((p) => p.validFrom <= onDate && (!p.validTo || onDate <= p.validTo)) : all;
    },
    jointProcess: async (_root, { code, version }: { code: string; version?: number | null }, { loaders }) => {
      const versions = (await loaders.allProcesses()).filter((p) => p.code === code);
      return (version ? versions.find((p) => p.version === version) : versions.at(-1)) ?? null;
    },
    jointRiskAnalyses: async (_root, { processCode, status }: { processCode?: string | null; status?: string | null }, ctx, info) => {
      readInternal(ctx, info, 'JointRiskAnalysis', []);
      return (await ctx.loaders.allAnalyses()).filter((a) => (!processCode || a.processCode === processCode) && (!status || a.status === status));
    },
    jointRiskAnalysis: async (_root, { id }: { id: string }, ctx, info) => {
      readInternal(ctx, info, 'JointRiskAnalysis', [id]);
      return (await ctx.loaders.allAnalyses()).find((a) => a.id === id) ?? null;
    },
    riskMatrix: () => riskMatrix,
    deviation: (_root, { id }: { id: string }, ctx, info) => {
      readInternal(ctx, info, 'Deviation', [id]);
      try {
        reporterOf(id, 'id');
      } catch {
        return null;
      }
      return { id };
    },
    deviationOverview: (_root, period: { fromMonth: string; toMonth: string }, ctx, info) => {
      readInternal(ctx, info, 'DeviationOverview', [`${period.fromMonth}..${period.toMonth}`]);
      checkOverviewPeriod(period.fromMonth, period.toMonth);
      return { fromMonth: period.fromMonth, toMonth: period.toMonth };
    },
  },
  Mutation: {
    recordJointRiskAnalysis: (_root, args: { input: JointRiskAnalysisInput; idempotencyKey?: string | null }, { em, caller }) => {
      requireRole(caller, 'secretariat');
      return writeOnce(em, {
        operation: 'Mutation.recordJointRiskAnalysis',
        key: args.idempotencyKey,
        input: args.input,
        write: (tx) => recordJointRiskAnalysis(tx, args.input),
        idOf: (a) => a.id,
        load: (e, id) => e.findOneOrFail(JointRiskAnalysis, id),
      });
    },
    changeJointRiskAnalysisStatus: (_root, args: { id: string; status: string; note: string; expectedVersion: number }, { em, caller }) => {
      requireRole(caller, 'secretariat');
      return changeJointRiskAnalysisStatus(em, args.id, args.status, args.note, args.expectedVersion);
    },
    linkDeviationToRisk: (_root, args: { analysisId: string; riskNumber: number; deviationId: string; expectedVersion: number }, { em, caller }) => {
      requireRole(caller, 'secretariat');
      return linkDeviationToRisk(em, args.analysisId, args.riskNumber, args.deviationId, args.expectedVersion);
    },
  },
  JointProcess: {
    __resolveReference: ({ code, version }: { code: string; version: number }, { loaders }) => loaders.jointProcess.load(`${code}@${version}`),
    riskAnalyses: async (p: JointProcess, _args, ctx, info) => {
      readInternal(ctx, info, 'JointRiskAnalysis', []);
      return (await ctx.loaders.allAnalyses()).filter((a) => a.processCode === p.code && a.processVersion === p.version);
    },
  },
  JointRiskAnalysis: {
    __resolveReference: async ({ id }: { id: string }, { loaders }: SubgraphContext<Loaders>) => (await loaders.allAnalyses()).find((a) => a.id === id) ?? null,
    process: (a: JointRiskAnalysis, _args, { loaders }) => loaders.jointProcess.load(`${a.processCode}@${a.processVersion}`),
    participants: async (a: JointRiskAnalysis, _args, { loaders }) =>
      (await loaders.huvudman.loadMany(a.participantIds)).filter((h) => h && !(h instanceof Error)),
    recordedAt: (a: JointRiskAnalysis) => a.recordedAt.toISOString(),
    updatedAt: (a: JointRiskAnalysis) => a.updatedAt.toISOString(),
  },
  JointRiskStep: {
    responsible: (s: StoredRiskStep, _args, { loaders }) => (s.responsibleId ? loaders.huvudman.load(s.responsibleId) : null),
  },
  JointRisk: {
    score: (r: StoredRisk) => r.probability * r.consequence,
    level: (r: StoredRisk) => riskLevelOf(r.probability * r.consequence),
    deviations: (r: StoredRisk) => r.deviationIds.map((id) => ({ id })),
  },
  JointRiskMeasure: {
    owner: (m: { ownerId: string }, _args, { loaders }) => loaders.huvudman.load(m.ownerId),
  },
  Deviation: {
    /** Keeps the records the gateway sends along (@requires) beside the id. */
    __resolveReference: (ref: DeviationWithRecords) => ref,
    reporter: (d: DeviationWithRecords, _args, { loaders }) => loaders.huvudman.load(reporterOf(d.id, 'id')),
    report: (d: DeviationWithRecords, _args, ctx, info) => {
      readInternal(ctx, info, 'Deviation', [d.id]);
      return reportOf(d);
    },
    process: (d: DeviationWithRecords, _args, { loaders }) => {
      const report = reportOf(d);
      return report ? loaders.jointProcess.load(`${report.processCode}@${report.processVersion}`) : null;
    },
    responses: (d: DeviationWithRecords, _args, ctx, info) => {
      readInternal(ctx, info, 'Deviation', [d.id]);
      const concerned = reportOf(d)?.concernedHuvudmanIds ?? [];
      const all = [d.regionResponse ?? null, ...(d.kommunResponses ?? [])];
      return all
        .filter((r): r is ResponseRef => r != null && r.deviationId === d.id && concerned.includes(r.responderId))
        .sort((a, b) => HUVUDMAN_IDS.indexOf(a.responderId) - HUVUDMAN_IDS.indexOf(b.responderId));
    },
    risks: async (d: DeviationWithRecords, _args, ctx, info) => {
      readInternal(ctx, info, 'JointRiskAnalysis', []);
      return (await ctx.loaders.allAnalyses()).flatMap((a) => a.risks.filter((r) => r.deviationIds.includes(d.id)));
    },
  },
  DeviationOverview: {
    __resolveReference: (ref: OverviewWithParts) => ref,
    missing: async (o: OverviewWithParts, _args, ctx, info) => {
      readInternal(ctx, info, 'DeviationOverview', []);
      return ctx.loaders.huvudman.loadMany(missingOwners(overviewInput(o)));
    },
    complete: (o: OverviewWithParts) => missingOwners(overviewInput(o)).length === 0,
    byProcess: (o: OverviewWithParts, _args, ctx, info) => {
      readInternal(ctx, info, 'DeviationOverview', []);
      return countByProcess(overviewInput(o)).map((row) => ({ process: processRef(row.processCode, row.processVersion), ...row }));
    },
    byPair: (o: OverviewWithParts, _args, ctx, info) => {
      readInternal(ctx, info, 'DeviationOverview', []);
      return countByPair(overviewInput(o));
    },
    responseTimes: (o: OverviewWithParts, _args, ctx, info) => {
      readInternal(ctx, info, 'DeviationOverview', []);
      return responseTimes(overviewInput(o));
    },
    openPastDue: (o: OverviewWithParts, { asOf }: { asOf?: string | null }, ctx, info) => {
      readInternal(ctx, info, 'DeviationOverview', []);
      if (asOf) requireIsoDate(asOf, 'asOf');
      return openPastDue(overviewInput(o), asOf ?? todayUtc()).map((row) => ({
        deviation: { id: row.report.deviationId },
        concernedId: row.concernedId,
        reporterId: row.report.reporterId,
        processCode: row.report.processCode,
        occurredOn: row.report.occurredOn,
        severity: row.report.severity,
        responseDueOn: row.report.responseDueOn,
        daysOverdue: row.daysOverdue,
        investigating: row.investigating,
      }));
    },
    perTenThousand: (o: OverviewWithParts, _args, ctx, info) => {
      readInternal(ctx, info, 'DeviationOverview', []);
      return ratesPerTenThousand(overviewInput(o));
    },
  },
  DeviationProcessCount: {
    process: (row: { process: { code: string; version: number } }, _args, { loaders }) =>
      loaders.jointProcess.load(`${row.process.code}@${row.process.version}`),
  },
  DeviationPairCount: {
    reporter: (row: { reporterId: string }, _args, { loaders }) => loaders.huvudman.load(row.reporterId),
    concerned: (row: { concernedId: string }, _args, { loaders }) => loaders.huvudman.load(row.concernedId),
  },
  DeviationResponseTime: {
    huvudman: (row: { huvudmanId: string }, _args, { loaders }) => loaders.huvudman.load(row.huvudmanId),
  },
  DeviationPastDue: {
    reporter: (row: { reporterId: string }, _args, { loaders }) => loaders.huvudman.load(row.reporterId),
    concerned: (row: { concernedId: string }, _args, { loaders }) => loaders.huvudman.load(row.concernedId),
  },
  DeviationRate: {
    huvudman: (row: { huvudmanId: string }, _args, { loaders }) => loaders.huvudman.load(row.huvudmanId),
  },
};
