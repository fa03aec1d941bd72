import { runSubgraphProcess } from '@orebro/subgraph-kit';
import { samverkanSubgraph } from './server';

runSubgraphProcess(samverkanSubgraph);
