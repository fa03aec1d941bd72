import { regionAuditArea } from './audit/audit.area';
import { organisationArea } from './organisation/organisation.area';

/** The region subgraph's domain areas, in seed order. */
export const areas = [organisationArea, regionAuditArea];
