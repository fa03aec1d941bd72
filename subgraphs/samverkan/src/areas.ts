import { samverkanAuditArea } from './audit/audit.area';
import { registerArea } from './register/register.area';

/** The samverkan subgraph's domain areas, in seed order (later areas may refer to earlier ones). */
export const areas = [registerArea, samverkanAuditArea];
