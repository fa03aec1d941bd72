import { deviationRecordsSchemaDir } from '@orebro/huvudman-reporting';
import { combineAreas, defineSubgraph, loadTypeDefs } from '@orebro/subgraph-kit';
import { areas } from './areas';
import { migrations } from './migrations';

export const typeDefs = loadTypeDefs(__dirname, [deviationRecordsSchemaDir]);

/** The samverkan subgraph as data: no side effects until the kit starts it. */
export function samverkanSubgraph() {
  return defineSubgraph({ name: 'samverkan', instance: 'samverkan', typeDefs, migrations, ...combineAreas(areas) });
}
