import { regionAuditArea } from './audit/audit.area';
import { organisationArea } from './organisation/organisation.area';
import { indicatorValuesArea } from './indicator-values/indicator-values.area';
import { verksamhetsplanArea } from './verksamhetsplan/verksamhetsplan.area';
import { contributionsArea } from './contributions/contributions.area';
import { grantUseArea } from './grant-use/grant-use.area';
import { regionDeviationsArea } from './deviations/deviations.area';

/** The region subgraph's domain areas, in seed order. */
export const areas = [organisationArea, regionAuditArea, indicatorValuesArea, verksamhetsplanArea, contributionsArea, grantUseArea, regionDeviationsArea];
