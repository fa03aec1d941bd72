import {
  defineArea,
  eventsFromCommittedChanges,
  requireStaff,
  writeOnce,
  type Caller,
  type SubgraphContext,
  type SubgraphResolvers,
} from '@orebro/subgraph-kit';
import { DeviationRecord, DeviationResponseRecord, DeviationStatusChange } from './deviation.entity';
import { seedExampleDeviations } from './deviations.example-data';
import { createDeviationLoaders, type DeviationLoaders } from './deviations.loaders';
import { ledgerPart, ownReport, ownReports, ownResponse, reportView, responseView } from './deviations.resolvers';
import {
  changeDeviation,
  changeDeviationStatus,
  closeDeviationResponse,
  recordDeviationResponse,
  reportDeviation,
  type DeviationChangeInput,
  type DeviationInput,
  type DeviationResponseInput,
} from './deviations.service';
import { deviationsChanged, deviationsReported, type DeviationChangedArgs, type DeviationKey, type DeviationReportedArgs } from './deviations.subscriptions';

/** The latest population of the owner in or before a year, for the overview's per-capita figures. */
export type OwnerPopulation<TLoaders> = (ctx: SubgraphContext<TLoaders>, lastYear: number) => Promise<{ value: number; year: number } | null>;

export interface DeviationsAreaOptions<TLoaders> {
  /**
   * The subgraph, which is also the word in its field names (its own `deviations.graphql`): `region` serves
   * `regionDeviations`, `reportRegionDeviation`, ..., `Deviation.regionReport`; `kommun` serves
   * `kommunDeviations`, `reportKommunDeviation`, ..., `Deviation.kommunReports`. The kommun subgraph runs one
   * instance per kommun: its fields name the kommun (`kommunCode`), and its entity fields are lists so the
   * gateway can concatenate every instance's answer.
   */
  subgraph: 'region' | 'kommun';
  /** The huvudman whose records this instance stores: "18" for the region, the instance's kommun code. */
  ownerId: string;
  /**
   * Refuses a write the caller may not make, before anything is read or written: a caller who is not a
   * writer of the owner, and (kommun) a `kommunCode` that is not the instance's own.
   */
  requireWriter: (caller: Caller, kommunCode: string | undefined) => void;
  /** The owner's population for the overview; left out where there is none (the region). */
  population?: OwnerPopulation<TLoaders>;
}

interface Named {
  kommunCode?: string | null;
}

/**
 * Deviations in samverkan a huvudman reports and its responses to those that concern it (issue 16), served
 * the same by the region and every kommun instance from their own database: one implementation, each
 * subgraph's own root fields.
 */
export function deviationsArea<TLoaders extends object = DeviationLoaders>(options: DeviationsAreaOptions<TLoaders>) {
  return defineArea<DeviationLoaders>({
    name: 'deviations',
    entities: [DeviationRecord, DeviationStatusChange, DeviationResponseRecord],
    loaders: createDeviationLoaders,
    resolvers: deviationsResolvers(options),
    seed: (em) => seedExampleDeviations(em, options.ownerId),
  });
}

function deviationsResolvers<TLoaders>({ subgraph, ownerId, requireWriter, population }: DeviationsAreaOptions<TLoaders>): SubgraphResolvers<DeviationLoaders> {
  const sharded = subgraph === 'kommun';
  const Word = subgraph === 'kommun' ? 'Kommun' : 'Region';
  const source = sharded ? { subgraph, shardKey: ownerId } : { subgraph };
  // A kommun instance answers only for its own kommun: named another, it sends nothing (sharded-source rule 3).
  const forAnother = (args: Named) => sharded && args.kommunCode != null && args.kommunCode !== ownerId;
  const writer = (caller: Caller, args: Named) => requireWriter(caller, args.kommunCode ?? undefined);
  // The kommun's fields are lists, empty unless this instance holds a record, so every instance's answer joins.
  const asField = <T>(value: T | null) => (sharded ? (value ? [value] : []) : value);
  const ownPopulation = population as OwnerPopulation<unknown> | undefined;

  return {
    Query: {
      [`${subgraph}Deviations`]: (_root, args: Named & { status?: string | null }, ctx, info) => (forAnother(args) ? [] : ownReports(args.status, ctx, info)),
    },
    Mutation: {
      [`report${Word}Deviation`]: async (_root, args: Named & { input: DeviationInput; idempotencyKey?: string | null }, { em, caller }) => {
        writer(caller, args);
        const record = await writeOnce(em, {
          operation: `Mutation.report${Word}Deviation`,
          key: args.idempotencyKey,
          input: args.input,
          write: (tx) => reportDeviation(tx, ownerId, args.input),
          idOf: (r) => r.id,
          load: (e, id) => e.findOneOrFail(DeviationRecord, id),
        });
        return reportView(record);
      },
      [`change${Word}Deviation`]: async (
        _root,
        args: Named & { deviationId: string; input: DeviationChangeInput; expectedVersion: number },
        { em, caller },
      ) => {
        writer(caller, args);
        return reportView(await changeDeviation(em, ownerId, args.deviationId, args.input, args.expectedVersion));
      },
      [`change${Word}DeviationStatus`]: async (
        _root,
        args: Named & { deviationId: string; status: string; note: string; expectedVersion: number },
        { em, caller },
      ) => {
        writer(caller, args);
        return reportView(await changeDeviationStatus(em, ownerId, args.deviationId, args.status, args.note, args.expectedVersion));
      },
      [`record${Word}DeviationResponse`]: async (
        _root,
        args: Named & { input: DeviationResponseInput; expectedVersion?: number | null; idempotencyKey?: string | null },
        { em, caller },
      ) => {
        writer(caller, args);
        const record = await writeOnce(em, {
          operation: `Mutation.record${Word}DeviationResponse`,
          key: args.idempotencyKey,
          input: { input: args.input, expectedVersion: args.expectedVersion ?? null },
          write: (tx) => recordDeviationResponse(tx, ownerId, args.input, args.expectedVersion),
          idOf: (r) => r.id,
          load: (e, id) => e.findOneOrFail(DeviationResponseRecord, Number(id)),
        });
        return responseView(record);
      },
      [`close${Word}DeviationResponse`]: async (_root, args: Named & { deviationId: string; measures: string; expectedVersion: number }, { em, caller }) => {
        writer(caller, args);
        return responseView(await closeDeviationResponse(em, ownerId, args.deviationId, args.measures, args.expectedVersion));
      },
    },
    Subscription: {
      [`${subgraph}DeviationReported`]: {
        subscribe: (_root: unknown, args: DeviationReportedArgs & Named, ctx: SubgraphContext<unknown>) =>
          forAnother(args) ? silence(ctx) : deviationsReported(source, args, ctx),
        resolve: (deviation: DeviationKey) => deviation,
      },
      [`${subgraph}DeviationChanged`]: {
        subscribe: (_root: unknown, args: DeviationChangedArgs & Named, ctx: SubgraphContext<unknown>) =>
          forAnother(args) ? silence(ctx) : deviationsChanged(source, args, ctx),
        resolve: (deviation: DeviationKey) => deviation,
      },
    },
    Deviation: {
      __resolveReference: ({ id }: { id: string }) => ({ id }),
      [sharded ? `${subgraph}Reports` : `${subgraph}Report`]: async (d: { id: string }, _args, ctx, info) => asField(await ownReport(d.id, ctx, info)),
      [sharded ? `${subgraph}Responses` : `${subgraph}Response`]: async (d: { id: string }, _args, ctx, info) => asField(await ownResponse(d.id, ctx, info)),
    },
    DeviationOverview: {
      __resolveReference: (o: { fromMonth: string; toMonth: string }) => o,
      // Only for the gateway to complete the views (@inaccessible): withheld, not denied, for non-staff.
      [sharded ? `${subgraph}DeviationParts` : `${subgraph}DeviationPart`]: async (o: { fromMonth: string; toMonth: string }, _args, ctx, info) =>
        asField(await ledgerPart(ownerId, o, ctx, info, ownPopulation && ((lastYear) => ownPopulation(ctx, lastYear)))),
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
