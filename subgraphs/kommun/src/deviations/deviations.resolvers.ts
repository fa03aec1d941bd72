import {
  badUserInput,
  eventsFromCommittedChanges,
  requireStaff,
  requireWriterFor,
  writeOnce,
  type Caller,
  type SubgraphContext,
  type SubgraphResolvers,
} from '@orebro/subgraph-kit';
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
import type { FactsLoaders } from '../facts/facts.loaders';

/**
 * Deviations this kommun reports and its responses to those that concern it: this instance's own records only.
 * Every write names the kommun; the instance refuses another kommun's code, and the token's huvudman must be
 * its own kommun with the writer role.
 */
export function createDeviationsResolvers(ownCode: string): SubgraphResolvers<DeviationLoaders & FactsLoaders> {
  const writer = (caller: Caller, kommunCode: string) => {
    if (kommunCode !== ownCode) throw badUserInput(`This instance holds data for kommun ${ownCode} only; refused a write for ${kommunCode}.`, 'kommunCode');
    requireWriterFor(caller, ownCode);
  };
  const source = { subgraph: 'kommun', shardKey: ownCode };
  return {
    Query: {
      kommunDeviations: (_root, { kommunCode, status }: { kommunCode: string; status?: string | null }, ctx, info) =>
        kommunCode === ownCode ? ownReports(status, ctx, info) : [],
    },
    Mutation: {
      reportKommunDeviation: async (_root, args: { kommunCode: string; input: DeviationInput; idempotencyKey?: string | null }, { em, caller }) => {
        writer(caller, args.kommunCode);
        const record = await writeOnce(em, {
          operation: 'Mutation.reportKommunDeviation',
          key: args.idempotencyKey,
          input: args.input,
          write: (tx) => reportDeviation(tx, ownCode, args.input),
          idOf: (r) => r.id,
          load: (e, id) => e.findOneOrFail(DeviationRecord, id),
        });
        return reportView(record);
      },
      changeKommunDeviation: async (
        _root,
        args: { kommunCode: string; deviationId: string; input: DeviationChangeInput; expectedVersion: number },
        { em, caller },
      ) => {
        writer(caller, args.kommunCode);
        return reportView(await changeDeviation(em, ownCode, args.deviationId, args.input, args.expectedVersion));
      },
      changeKommunDeviationStatus: async (
        _root,
        args: { kommunCode: string; deviationId: string; status: string; note: string; expectedVersion: number },
        { em, caller },
      ) => {
        writer(caller, args.kommunCode);
        return reportView(await changeDeviationStatus(em, ownCode, args.deviationId, args.status, args.note, args.expectedVersion));
      },
      recordKommunDeviationResponse: async (
        _root,
        args: { kommunCode: string; input: DeviationResponseInput; expectedVersion?: number | null; idempotencyKey?: string | null },
        { em, caller },
      ) => {
        writer(caller, args.kommunCode);
        const record = await writeOnce(em, {
          operation: 'Mutation.recordKommunDeviationResponse',
          key: args.idempotencyKey,
          input: { input: args.input, expectedVersion: args.expectedVersion ?? null },
          write: (tx) => recordDeviationResponse(tx, ownCode, args.input, args.expectedVersion),
          idOf: (r) => r.id,
          load: (e, id) => e.findOneOrFail(DeviationResponseRecord, Number(id)),
        });
        return responseView(record);
      },
      closeKommunDeviationResponse: async (
        _root,
        args: { kommunCode: string; deviationId: string; measures: string; expectedVersion: number },
        { em, caller },
      ) => {
        writer(caller, args.kommunCode);
        return responseView(await closeDeviationResponse(em, ownCode, args.deviationId, args.measures, args.expectedVersion));
      },
    },
    // Lists, empty unless this kommun holds a record, so the gateway can concatenate every instance's answer.
    Subscription: {
      // An instance answers only for its own kommun: named another, it sends nothing (rule 3).
      kommunDeviationReported: {
        subscribe: (_root: unknown, args: DeviationReportedArgs & { kommunCode?: string | null }, ctx: SubgraphContext<unknown>) =>
          args.kommunCode && args.kommunCode !== ownCode ? silence(ctx) : deviationsReported(source, args, ctx),
        resolve: (deviation: DeviationKey) => deviation,
      },
      kommunDeviationChanged: {
        subscribe: (_root: unknown, args: DeviationChangedArgs & { kommunCode?: string | null }, ctx: SubgraphContext<unknown>) =>
          args.kommunCode && args.kommunCode !== ownCode ? silence(ctx) : deviationsChanged(source, args, ctx),
        resolve: (deviation: DeviationKey) => deviation,
      },
    },
    Deviation: {
      __resolveReference: ({ id }: { id: string }) => ({ id }),
      kommunReports: async (d: { id: string }, _args, ctx, info) => {
        const own = await ownReport(d.id, ctx, info);
        return own ? [own] : [];
      },
      kommunResponses: async (d: { id: string }, _args, ctx, info) => {
        const own = await ownResponse(d.id, ctx, info);
        return own ? [own] : [];
      },
    },
    DeviationOverview: {
      __resolveReference: (o: { fromMonth: string; toMonth: string }) => o,
      // Only for the gateway to complete the views (@inaccessible): withheld, not denied, for non-staff.
      kommunDeviationParts: async (o: { fromMonth: string; toMonth: string }, _args, ctx, info) => [
        await ledgerPart(ownCode, o, ctx, info, async (lastYear) => {
          const figures = await ctx.loaders.populations.load(ownCode);
          const latest = figures.filter((f) => f.year <= lastYear).at(-1);
          return latest ? { value: latest.value, year: latest.year } : null;
        }),
      ],
    },
  };
}

/** A subscription for another kommun's records: access checked as for any, then no events (the stream stays open). */
function silence(ctx: SubgraphContext<unknown>): AsyncIterableIterator<never> {
  requireStaff(ctx.caller);
  return eventsFromCommittedChanges<never>(
    () => false,
    async function* () {},
  );
}
