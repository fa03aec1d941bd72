import { runSubgraphProcess } from '@orebro/subgraph-kit';
import { regionSubgraph } from './subgraph';

runSubgraphProcess(regionSubgraph);
