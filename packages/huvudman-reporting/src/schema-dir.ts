import { join } from 'node:path';

/** The GraphQL types of what a huvudman reports, served by the region and every kommun subgraph alike. */
export const reportingSchemaDir = join(__dirname, 'schema');
