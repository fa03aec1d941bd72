import { kommunAuditArea } from './audit/audit.area';
import type { KommunFacts } from '@orebro/reference-data';
import { factsArea } from './facts/facts.area';
import { indicatorValuesArea } from './indicator-values/indicator-values.area';
import { contributionsArea } from './contributions/contributions.area';
import { grantUseArea } from './grant-use/grant-use.area';
import { kommunDeviationsArea } from './deviations/deviations.area';

/** The kommun subgraph's domain areas for one kommun's instance, in seed order. */
export const areas = (kommun: KommunFacts) => [
  factsArea(kommun),
  kommunAuditArea(kommun),
  indicatorValuesArea(kommun),
  contributionsArea(kommun),
  grantUseArea(kommun),
  kommunDeviationsArea(kommun),
];
