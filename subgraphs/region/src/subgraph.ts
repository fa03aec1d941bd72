import { deviationRecordsSchemaDir, reportingSchemaDir } from '@orebro/huvudman-reporting';
import { combineAreas, defineSubgraph, loadTypeDefs } from '@orebro/subgraph-kit';
import { areas } from './areas';
import { migrations } from './migrations';

export const typeDefs = loadTypeDefs(__dirname, [reportingSchemaDir, deviationRecordsSchemaDir]);

export function regionSubgraph() {
  return defineSubgraph({ name: 'region', instance: 'region', typeDefs, migrations, ...combineAreas(areas) });
}
