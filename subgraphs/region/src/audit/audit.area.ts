import { REGION_ID } from '@orebro/reference-data';
import { auditArea, auditorOf } from '@orebro/subgraph-kit';

export const regionAuditArea = auditArea({ field: 'regionAuditRecords', owner: `huvudman ${REGION_ID}`, mayRead: auditorOf(REGION_ID) });
