import { REGION_ID } from '@orebro/reference-data';
import { requireWriterFor } from '@orebro/subgraph-kit';
import { deviationsArea } from '@orebro/huvudman-reporting';

/**
 * Deviations in samverkan the region reports, and its responses to those that concern it (issue 16): the
 * fields of deviations.graphql, served by the one implementation in huvudman-reporting.
 */
export const regionDeviationsArea = deviationsArea({
  subgraph: 'region',
  ownerId: REGION_ID,
  requireWriter: (caller) => requireWriterFor(caller, REGION_ID),
});
