import type { KommunFacts } from '@orebro/reference-data';
import { auditArea, auditorOf } from '@orebro/subgraph-kit';

/** A kommun's instance serves its own log only; the gateway routes by kommunCode. */
export const kommunAuditArea = (kommun: KommunFacts) =>
  auditArea({ field: 'kommunAuditRecords', owner: `kommun ${kommun.code}`, mayRead: auditorOf(kommun.code) });
