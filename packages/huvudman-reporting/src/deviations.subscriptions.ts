import { GraphQLError } from 'graphql';
import { kommunCodes, REGION_ID } from '@orebro/reference-data';
import { eventsFromCommittedChanges, forbidden, requireStaff, type Caller, type SubgraphContext } from '@orebro/subgraph-kit';
import { DeviationRecord, DeviationResponseRecord } from './deviation.entity';

const huvudmanIds = new Set([REGION_ID, ...kommunCodes]);

/** Where this subgraph instance stores its records: its committed changes are filtered on it. */
export interface DeviationEventSource {
  subgraph: string;
  shardKey?: string;
}

export interface DeviationReportedArgs {
  concerning?: string | null;
}

export interface DeviationChangedArgs {
  reportedBy?: string | null;
  deviationId?: string | null;
}

/** An event's entity: the Deviation's key, for the gateway to resolve the rest of the selection. */
export interface DeviationKey {
  id: string;
}

/**
 * The huvudman a subscription is for: the caller's own unless named, and a name other than the caller's
 * own is refused. Staff of huvudman X get events about X only: the check is repeated for every event.
 */
function subscriberHuvudman(caller: Caller, named: string | null | undefined, argument: string): string {
  const staff = requireStaff(caller);
  if (named !== undefined && named !== null) {
    if (!huvudmanIds.has(named)) {
      throw new GraphQLError(`${argument} "${named}" is not a huvudman of the samverkan: "18" for the region or a kommun's SCB code.`, {
        extensions: { code: 'BAD_USER_INPUT', argument },
      });
    }
    if (named !== staff.huvudman) throw forbidden(`staff of huvudman ${staff.huvudman} may only subscribe for huvudman ${staff.huvudman}, not ${named}`);
  }
  return staff.huvudman;
}

/**
 * New deviations this instance's huvudman reported that concern the subscriber's huvudman, as they are
 * committed. Access: staff of a participating huvudman, for its own huvudman only; checked at subscribe
 * and again for every event (the token verified again, the stored record's concerned huvudmän read again).
 */
export function deviationsReported(
  source: DeviationEventSource,
  args: DeviationReportedArgs,
  ctx: SubgraphContext<unknown>,
): AsyncIterableIterator<DeviationKey> {
  const subscriber = subscriberHuvudman(ctx.caller, args.concerning, 'concerning');
  return eventsFromCommittedChanges(
    (c) => c.subgraph === source.subgraph && c.shardKey === source.shardKey && c.entity === 'DeviationRecord' && c.kind === 'created',
    async function* (change) {
      for (const id of change.ids) {
        subscriberHuvudman(await nextEventCaller(ctx), subscriber, 'concerning');
        const record = await ctx.em.findOne(DeviationRecord, id);
        if (record?.concernedHuvudmanIds.includes(subscriber)) yield { id };
      }
    },
  );
}

/**
 * Changes to deviations the subscriber's huvudman reported, as this instance stores them: the report's
 * own changes (content, status) when this instance's huvudman is the reporter, and this instance's
 * huvudman's response (recorded, revised, closed) when it is a concerned one. Access as for
 * `deviationsReported`: staff, for their own huvudman's reports only, checked for every event.
 */
export function deviationsChanged(
  source: DeviationEventSource,
  args: DeviationChangedArgs,
  ctx: SubgraphContext<unknown>,
): AsyncIterableIterator<DeviationKey> {
  const subscriber = subscriberHuvudman(ctx.caller, args.reportedBy, 'reportedBy');
  return eventsFromCommittedChanges(
    (c) =>
      c.subgraph === source.subgraph &&
      c.shardKey === source.shardKey &&
      ((c.entity === 'DeviationRecord' && c.kind === 'updated') || (c.entity === 'DeviationResponseRecord' && c.kind !== 'deleted')),
    async function* (change) {
      for (const id of change.ids) {
        subscriberHuvudman(await nextEventCaller(ctx), subscriber, 'reportedBy');
        const deviationId =
          change.entity === 'DeviationRecord'
            ? (await ctx.em.findOne(DeviationRecord, id))?.reporterId === subscriber
              ? id
              : undefined
            : await responseDeviation(ctx, id);
        if (!deviationId || !deviationId.startsWith(`${subscriber}-`)) continue;
        if (args.deviationId && args.deviationId !== deviationId) continue;
        yield { id: deviationId };
      }
    },
  );
}

async function responseDeviation(ctx: SubgraphContext<unknown>, id: string): Promise<string | undefined> {
  return (await ctx.em.findOne(DeviationResponseRecord, Number(id)))?.deviationId;
}

/** The caller for the next event: the token verified again and a fresh read (SubgraphContext.nextEvent). */
async function nextEventCaller(ctx: SubgraphContext<unknown>): Promise<Caller> {
  if (!ctx.nextEvent) throw new GraphQLError('Subscriptions are served over WebSocket only.', { extensions: { code: 'BAD_REQUEST' } });
  return ctx.nextEvent();
}
