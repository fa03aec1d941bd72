import { join } from 'node:path';

/** The GraphQL types of what a huvudman reports, served by the region and every kommun subgraph alike. */
export const reportingSchemaDir = join(__dirname, 'schema');

/**
 * The deviation records (DeviationReport, DeviationResponse, ...), served by the region and every kommun, and
 * also read by samverkan, which joins them into `Deviation.report`/`responses` and the län views.
 */
export const deviationRecordsSchemaDir = join(__dirname, 'deviation-records-schema');
