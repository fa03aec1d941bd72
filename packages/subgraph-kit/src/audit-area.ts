import { forbidden, type Caller } from '@orebro/huvudman-auth';
import { AuditRecord } from './audit-record.entity';
import { defineArea } from './area';
import { badUserInput } from './errors';

export interface AuditAreaOptions {
  /** The root field that serves this subgraph's log, e.g. `regionAuditRecords`. */
  field: string;
  /** Who owns this subgraph's data, in words for the denial, e.g. "huvudman 18". */
  owner: string;
  /** True when the caller may read the log: an auditor of the owning huvudman. */
  mayRead: (caller: Caller) => boolean;
}

const MAX_RECORDS = 1000;

/** The audit log of one subgraph, readable through the graph by the owner's auditors only. */
export function auditArea(options: AuditAreaOptions) {
  return defineArea({
    name: 'audit',
    entities: [],
    loaders: () => ({}),
    resolvers: {
      Query: {
        [options.field]: async (_root: unknown, { since, limit }: { since?: string | null; limit: number }, { em, caller }) => {
          if (caller.kind === 'anonymous') throw forbidden(`the audit log needs a token of an auditor of ${options.owner}`, 'UNAUTHENTICATED');
          if (!options.mayRead(caller)) throw forbidden(`only auditors of ${options.owner} may read this audit log`);
          if (!Number.isInteger(limit) || limit < 1 || limit > MAX_RECORDS) throw badUserInput(`limit must be between 1 and ${MAX_RECORDS}.`, 'limit');
          const from = since ? new Date(since) : undefined;
          if (from && Number.isNaN(from.getTime())) throw badUserInput(`since must be an ISO date or time, got "${since}".`, 'since');
          const records = await em.find(AuditRecord, from ? { at: { $gte: from } } : {}, { orderBy: { id: 'desc' }, limit });
          return records;
        },
      },
      // Resolved per field rather than copied per record: `{ ...r, at }` costs a new hidden class per record on Node 20.
      AuditRecord: { at: (r: AuditRecord) => r.at.toISOString() },
    },
  });
}

/** An auditor of `huvudman`: staff of that huvudman with the auditor role. */
export const auditorOf =
  (huvudman: string, ...alsoNeeds: ('secretariat' | 'writer')[]) =>
  (caller: Caller) =>
    caller.kind === 'authenticated' && caller.huvudman === huvudman && caller.roles.includes('auditor') && alsoNeeds.every((r) => caller.roles.includes(r));
