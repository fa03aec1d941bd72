import { runSubgraphProcess } from '@orebro/subgraph-kit';
import { regionSubgraph } from './server';

runSubgraphProcess(regionSubgraph);
