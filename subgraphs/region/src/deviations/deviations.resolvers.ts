import { REGION_ID } from '@orebro/reference-data';
import { requireWriterFor, writeOnce, type SubgraphContext, type SubgraphResolvers } from '@orebro/subgraph-kit';
import {
  changeDeviation,
  changeDeviationStatus,
  closeDeviationResponse,
  DeviationRecord,
  DeviationResponseRecord,
  ledgerPart,
  ownReport,
  ownReports,
  ownResponse,
  recordDeviationResponse,
  reportDeviation,
  reportView,
  responseView,
  type DeviationChangeInput,
  type DeviationInput,
  type DeviationLoaders,
  type DeviationResponseInput,
  deviationsChanged,
  deviationsReported,
  type DeviationChangedArgs,
  type DeviationKey,
  type DeviationReportedArgs,
} from '@orebro/huvudman-reporting';

/** The region's own committed changes are its events. */
const REGION_SOURCE = { subgraph: 'region' };

/** Deviations the region reports and its responses to those that concern it: the region's own records only. */
export const deviationsResolvers: SubgraphResolvers<DeviationLoaders> = {
  Query: {
    regionDeviations: (_root, { status }: { status?: string | null }, ctx, info) => ownReports(status, ctx, info),
  },
  Mutation: {
    reportRegionDeviation: async (_root, args: { input: DeviationInput; idempotencyKey?: string | null }, { em, caller }) => {
      requireWriterFor(caller, REGION_ID);
      const record = await writeOnce(em, {
        operation: 'Mutation.reportRegionDeviation',
        key: args.idempotencyKey,
        input: args.input,
        write: (tx) => reportDeviation(tx, REGION_ID, args.input),
        idOf: (r) => r.id,
        load: (e, id) => e.findOneOrFail(DeviationRecord, id),
      });
      return reportView(record);
    },
    changeRegionDeviation: async (_root, args: { deviationId: string; input: DeviationChangeInput; expectedVersion: number }, { em, caller }) => {
      requireWriterFor(caller, REGION_ID);
      return reportView(await changeDeviation(em, REGION_ID, args.deviationId, args.input, args.expectedVersion));
    },
    changeRegionDeviationStatus: async (_root, args: { deviationId: string; status: string; note: string; expectedVersion: number }, { em, caller }) => {
      requireWriterFor(caller, REGION_ID);
      return reportView(await changeDeviationStatus(em, REGION_ID, args.deviationId, args.status, args.note, args.expectedVersion));
    },
    recordRegionDeviationResponse: async (
      _root,
      args: { input: DeviationResponseInput; expectedVersion?: number | null; idempotencyKey?: string | null },
      { em, caller },
    ) => {
      requireWriterFor(caller, REGION_ID);
      const record = await writeOnce(em, {
        operation: 'Mutation.recordRegionDeviationResponse',
        key: args.idempotencyKey,
        input: { input: args.input, expectedVersion: args.expectedVersion ?? null },
        write: (tx) => recordDeviationResponse(tx, REGION_ID, args.input, args.expectedVersion),
        idOf: (r) => r.id,
        load: (e, id) => e.findOneOrFail(DeviationResponseRecord, Number(id)),
      });
      return responseView(record);
    },
    closeRegionDeviationResponse: async (_root, args: { deviationId: string; measures: string; expectedVersion: number }, { em, caller }) => {
      requireWriterFor(caller, REGION_ID);
      return responseView(await closeDeviationResponse(em, REGION_ID, args.deviationId, args.measures, args.expectedVersion));
    },
  },
  Subscription: {
    regionDeviationReported: {
      subscribe: (_root: unknown, args: DeviationReportedArgs, ctx: SubgraphContext<unknown>) => deviationsReported(REGION_SOURCE, args, ctx),
      resolve: (deviation: DeviationKey) => deviation,
    },
    regionDeviationChanged: {
      subscribe: (_root: unknown, args: DeviationChangedArgs, ctx: SubgraphContext<unknown>) => deviationsChanged(REGION_SOURCE, args, ctx),
      resolve: (deviation: DeviationKey) => deviation,
    },
  },
  Deviation: {
    __resolveReference: ({ id }: { id: string }) => ({ id }),
    regionReport: (d: { id: string }, _args, ctx, info) => ownReport(d.id, ctx, info),
    regionResponse: (d: { id: string }, _args, ctx, info) => ownResponse(d.id, ctx, info),
  },
  DeviationOverview: {
    __resolveReference: (o: { fromMonth: string; toMonth: string }) => o,
    // Only for the gateway to complete the views (@inaccessible): withheld, not denied, for non-staff.
    regionDeviationPart: (o: { fromMonth: string; toMonth: string }, _args, ctx, info) => ledgerPart(REGION_ID, o, ctx, info),
  },
};
