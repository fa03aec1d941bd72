import { kommunByCode, kommunCodes } from '@orebro/reference-data';
import { deviationRecordsSchemaDir, reportingSchemaDir } from '@orebro/huvudman-reporting';
import { combineAreas, defineSubgraph, loadTypeDefs } from '@orebro/subgraph-kit';
import { areas } from './areas';
import { migrations } from './migrations';

export const typeDefs = loadTypeDefs(__dirname, [reportingSchemaDir, deviationRecordsSchemaDir]);

/** One kommun's instance of the kommun subgraph; the code decides whose data it holds. */
export function kommunSubgraph(code: string) {
  const kommun = kommunByCode(code);
  if (!kommun) {
    throw new Error(`Invalid configuration: KOMMUN_CODE "${code}" is not a kommun in Örebro län (one of ${kommunCodes.join(', ')}).`);
  }
  return defineSubgraph({ name: 'kommun', instance: `kommun-${code}`, shardKey: code, typeDefs, migrations, ...combineAreas(areas(kommun)) });
}
