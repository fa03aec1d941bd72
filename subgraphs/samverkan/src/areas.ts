import { agreementsArea } from './agreements/agreements.area';
import { samverkanAuditArea } from './audit/audit.area';
import { governanceArea } from './governance/governance.area';
import { registerArea } from './register/register.area';
import { indicatorsArea } from './indicators/indicators.area';
import { plansArea } from './plans/plans.area';
import { searchArea } from './search/search.area';
import { coOwnedServicesArea } from './co-owned-services/co-owned-services.area';
import { grantsArea } from './grants/grants.area';
import { deviationsArea } from './deviations/deviations.area';

/** The samverkan subgraph's domain areas, in seed order (later areas may refer to earlier ones). */
export const areas = [
  registerArea,
  samverkanAuditArea,
  governanceArea,
  agreementsArea,
  plansArea,
  indicatorsArea,
  coOwnedServicesArea,
  grantsArea,
  deviationsArea,
  searchArea,
];
